package io.github.macmanuf.refresh;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A configured source: an http(s) URL, or a file given as a {@code file:} URL or a plain path.
 *
 * @param uri the URL for http(s), else {@code null}
 * @param path the file for local sources, else {@code null}
 * @param display the source as shown in logs and history: user info and query removed
 */
record SourceLocation(URI uri, Path path, String display) {

	static SourceLocation of(String text) {
		String trimmed = text.strip();
		String lower = trimmed.toLowerCase(Locale.ROOT);
		if (lower.startsWith("http://") || lower.startsWith("https://")) {
			URI uri = URI.create(trimmed);
			return new SourceLocation(uri, null, redact(uri));
		}
		Path path = lower.startsWith("file:") ? Path.of(URI.create(trimmed)) : Path.of(trimmed);
		path = path.toAbsolutePath().normalize();
		return new SourceLocation(null, path, path.toUri().toString());
	}

	/** The display form of a configured source, or the text itself when it is not a valid location. */
	static String displayOf(String configured) {
		try {
			return of(configured).display();
		}
		catch (RuntimeException ex) {
			return configured;
		}
	}

	boolean isHttp() {
		return this.uri != null;
	}

	private static String redact(URI uri) {
		if (uri.getUserInfo() == null && uri.getQuery() == null) {
			return uri.toString();
		}
		try {
			return new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), uri.getPath(), null, null).toString();
		}
		catch (URISyntaxException ex) {
			return uri.getScheme() + "://" + uri.getHost();
		}
	}

	@Override
	public String toString() {
		return this.display;
	}

}
