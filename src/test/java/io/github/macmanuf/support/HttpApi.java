package io.github.macmanuf.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import javax.net.ssl.SSLContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real HTTP client for tests: sends requests to a running service and reads JSON answers. */
public final class HttpApi {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client;

	private final String base;

	public HttpApi(String base) {
		this(base, HttpClient.newBuilder());
	}

	private HttpApi(String base, HttpClient.Builder client) {
		this.base = base;
		this.client = client.connectTimeout(Duration.ofSeconds(5)).build();
	}

	public static HttpApi local(int port) {
		return new HttpApi("http://localhost:" + port);
	}

	/** HTTPS to {@code localhost} with host name verification, trusting what {@code sslContext} trusts. */
	public static HttpApi secure(int port, SSLContext sslContext) {
		return new HttpApi("https://localhost:" + port, HttpClient.newBuilder().sslContext(sslContext));
	}

	public Response get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).GET());
	}

	public Response send(String method, String path, String contentType, String body, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(body)
					: HttpRequest.BodyPublishers.noBody());
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request);
	}

	/** A request whose body is raw bytes, e.g. text that is not valid UTF-8. */
	public Response sendBytes(String method, String path, String contentType, byte[] body, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.method(method, HttpRequest.BodyPublishers.ofByteArray(body))
			.header("Content-Type", contentType);
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request);
	}

	/** POST with a body of unknown length: sent chunked, so the server only learns its size by reading it. */
	public Response postChunked(String path, String contentType, String body) {
		byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes))));
	}

	public URI uri(String path) {
		return URI.create(this.base + path);
	}

	private Response send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.client.send(request.timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofString());
			return new Response(response);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A response with its body parsed as JSON when it is JSON. */
	public record Response(HttpResponse<String> raw) {

		public int status() {
			return this.raw.statusCode();
		}

		public String body() {
			return this.raw.body();
		}

		public String contentType() {
			return this.raw.headers().firstValue("Content-Type").orElse("");
		}

		public String header(String name) {
			return this.raw.headers().firstValue(name).orElse(null);
		}

		public String peerCertificateSha256() {
			return this.raw.sslSession()
				.map((session) -> Certificates.sha256(Certificates.peer(session)))
				.orElseThrow(() -> new IllegalStateException("not an HTTPS response"));
		}

		public JsonNode json() {
			return JSON.readTree(this.raw.body());
		}

	}

}
