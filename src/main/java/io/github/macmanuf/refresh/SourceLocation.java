package io.github.macmanuf.refresh;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A configured source: an http(s) URL, or a file given as a {@code file:} URL or a plain path.
 *
 * @param uri the URL for http(s), else {@code null}
 * @param path the file for local sources, else {@code null}
 * @param display the source as shown in logs and history: user info and query removed
 */
record SourceLocation(URI uri, Path path, String display) {

	// a URL's scheme (ftp:, mailto:, classpath:…): two letters or more, so that a Windows drive (C:\\) is a path
	private static final Pattern SCHEME = Pattern.compile("([a-z][a-z0-9+.-]+):");

	/** Reads an http(s) URL, a {@code file:} URL or a local path; anything else is an IllegalArgumentException. */
	static SourceLocation of(String text) {
		String trimmed = text.strip();
		if (trimmed.isEmpty()) {
			throw new IllegalArgumentException("is empty: give an http(s) URL, a file: URL or a path");
		}
		String lower = trimmed.toLowerCase(Locale.ROOT);
		Matcher scheme = SCHEME.matcher(lower);
		String name = scheme.lookingAt() ? scheme.group(1) : null;
		if (name != null && !List.of("http", "https", "file").contains(name)) {
			throw new IllegalArgumentException("'" + name + "' is not a source this service reads: give an http(s) "
					+ "URL, a file: URL or a path");
		}
		try {
			if (name == null) {
				return local(Path.of(trimmed));
			}
			if (name.equals("file")) {
				return local(Path.of(URI.create(trimmed)));
			}
			URI uri = URI.create(trimmed);
			if (!lower.startsWith(name + "://") || uri.getHost() == null) {
				throw new IllegalArgumentException("no host in " + trimmed + " (" + name + "://host/…)");
			}
			return new SourceLocation(uri, null, redact(uri));
		}
		catch (IllegalArgumentException | FileSystemNotFoundException ex) {
			throw new IllegalArgumentException("not a URL or path: " + FailureReason.plain(ex.getMessage()), ex);
		}
	}

	private static SourceLocation local(Path path) {
		Path absolute = path.toAbsolutePath().normalize();
		return new SourceLocation(null, absolute, absolute.toUri().toString());
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
