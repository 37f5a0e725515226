package io.github.macmanuf.refresh;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.SocketTimeoutException;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ScheduledExecutorService;

import io.github.macmanuf.ManufApplication;
import io.github.macmanuf.store.SourceValidators;
import jakarta.annotation.PreDestroy;

import org.springframework.stereotype.Component;

/**
 * Copies one source file into a file of the data folder: over HTTP (User-Agent, timeouts, redirects, conditional
 * request, gzip, size cap) or from a local file. Every failure becomes a {@link SourceException} with a reason.
 */
@Component
class SourceDownloader {

	static final String USER_AGENT = "mac-manuf/" + version() + " (registry refresh; Java HttpClient)";

	/** The client follows redirects itself; one it hands back is one it would not or could not follow. */
	private static final String REDIRECTS_NOT_ENDED = " after the redirects were followed: a redirect loop, more than 5"
			+ " redirects, one without a Location, or one from HTTPS to HTTP (never followed)";

	private final SourceProperties properties;

	private final HttpClient client;

	private final ScheduledExecutorService stallTimer = Daemons.scheduler("manuf-download-timer");

	SourceDownloader(SourceProperties properties) {
		this.properties = properties;
		this.client = HttpClient.newBuilder()
			.connectTimeout(properties.connectTimeout())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
	}

	/** Fetches {@code source} into {@code target}; sends {@code previous} validators when there are any. */
	Fetch fetch(SourceLocation source, SourceValidators previous, Path target) {
		try {
			return source.isHttp() ? fetchHttp(source, previous, target) : fetchFile(source, target);
		}
		catch (IOException ex) {
			throw new SourceException(FailureReason.describe(ex, source));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new SourceException("interrupted");
		}
	}

	private Fetch fetchFile(SourceLocation source, Path target) throws IOException {
		try (InputStream in = Files.newInputStream(source.path())) {
			return new Fetch(false, null, copy(in, target), null);
		}
	}

	/**
	 * Fetches once more when the first try fails on the connection, not on a timeout: a kept-alive connection the
	 * server had already closed, or one dropped during the body, otherwise fails the whole refresh until the
	 * backoff. A GET is safe to repeat, and the target file is written again from its start.
	 */
	private Fetch fetchHttp(SourceLocation source, SourceValidators previous, Path target)
			throws IOException, InterruptedException {
		try {
			return fetchHttpOnce(source, previous, target);
		}
		catch (HttpTimeoutException | SocketTimeoutException ex) {
			throw ex;
		}
		catch (IOException ex) {
			return fetchHttpOnce(source, previous, target);
		}
	}

	private Fetch fetchHttpOnce(SourceLocation source, SourceValidators previous, Path target)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(source.uri())
			.timeout(this.properties.readTimeout())
			.header("User-Agent", USER_AGENT)
			.header("Accept", "text/plain, */*;q=0.5")
			.header("Accept-Encoding", "gzip");
		if (previous != null && previous.etag() != null) {
			request.header("If-None-Match", previous.etag());
		}
		if (previous != null && previous.lastModified() != null) {
			request.header("If-Modified-Since", previous.lastModified());
		}
		HttpResponse<InputStream> response = this.client.send(request.GET().build(), BodyHandlers.ofInputStream());
		int status = response.statusCode();
		try (InputStream body = new StallGuard(response.body(), this.properties.readTimeout(), this.stallTimer)) {
			SourceValidators validators = new SourceValidators(source.display(),
					response.headers().firstValue("ETag").orElse(null),
					response.headers().firstValue("Last-Modified").orElse(null));
			if (status == 304 && previous != null) {
				return new Fetch(true, status, 0, validators.isEmpty() ? previous : validators);
			}
			if (status != 200) {
				throw new SourceException("HTTP " + status + " from " + source.uri().getHost()
						+ (isRedirect(status) ? REDIRECTS_NOT_ENDED : ""), status);
			}
			String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
			if (type.contains("html")) {
				throw new SourceException("an HTML page (" + type + "), not a manuf file", status);
			}
			long length = response.headers().firstValueAsLong("Content-Length").orElse(-1);
			if (length > this.properties.maxSize().toBytes()) {
				throw new SourceException(tooLarge(), status);
			}
			return new Fetch(false, status, copy(body, target), validators);
		}
	}

	/** Writes the decoded stream to {@code target}, refusing more than the size cap. */
	private long copy(InputStream raw, Path target) throws IOException {
		long max = this.properties.maxSize().toBytes();
		long total = 0;
		try (InputStream in = Decompression.decode(raw); OutputStream out = Files.newOutputStream(target)) {
			byte[] buffer = new byte[64 * 1024];
			int read;
			while ((read = in.read(buffer)) >= 0) {
				total += read;
				if (total > max) {
					throw new SourceException(tooLarge());
				}
				out.write(buffer, 0, read);
			}
		}
		return total;
	}

	private String tooLarge() {
		long bytes = this.properties.maxSize().toBytes();
		String limit = (bytes % (1 << 20) == 0) ? (bytes >> 20) + " MB"
				: (bytes % 1024 == 0) ? (bytes >> 10) + " KB" : bytes + " bytes";
		return "larger than the " + limit + " limit (manuf.source.max-size)";
	}

	private static String version() {
		String version = ManufApplication.class.getPackage().getImplementationVersion();
		return (version != null) ? version : "1";
	}

	@PreDestroy
	void stop() {
		this.stallTimer.shutdownNow();
	}

	private static boolean isRedirect(int status) {
		return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
	}

}
