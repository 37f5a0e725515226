package io.github.macmanuf.refresh;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.regex.Pattern;
import java.util.zip.ZipException;

import javax.net.ssl.SSLException;

/** Turns an I/O failure into one readable line for the log and the history: no stack trace, no class names. */
final class FailureReason {

	private static final Pattern CLASS_NAME = Pattern.compile("\\b(?:[a-z_][\\w$]*\\.)*[A-Z][\\w$]*(?:Exception|Error): ");

	private FailureReason() {
	}

	static String describe(Throwable failure, SourceLocation source) {
		String where = (source == null) ? "the source" : source.isHttp() ? source.uri().getHost() : source.display();
		for (Throwable ex = failure; ex != null; ex = ex.getCause()) {
			// before the ConnectException that Java's HttpClient wraps a failed name lookup in
			if (ex instanceof UnknownHostException || ex instanceof UnresolvedAddressException) {
				return "unknown host " + where + " (DNS)";
			}
		}
		for (Throwable ex = failure; ex != null; ex = ex.getCause()) {
			String reason = known(ex, where);
			if (reason != null) {
				return reason;
			}
		}
		String message = plain(failure.getMessage());
		return "cannot read " + where + ((message != null && !message.isBlank()) ? ": " + message : "");
	}

	/** The message without the Java class names some exceptions put in it ("…: sun.security.…Exception: …"). */
	static String plain(String message) {
		return (message != null) ? CLASS_NAME.matcher(message).replaceAll("") : null;
	}

	private static String known(Throwable ex, String where) {
		if (ex instanceof HttpConnectTimeoutException) {
			return "connection to " + where + " timed out";
		}
		if (ex instanceof HttpTimeoutException) {
			return "no answer from " + where + " within the read timeout";
		}
		if (ex instanceof SocketTimeoutException) {
			return "download from " + where + " stalled: " + plain(ex.getMessage());
		}
		if (ex instanceof ConnectException) {
			return "cannot connect to " + where + " (connection refused or unreachable)";
		}
		if (ex instanceof SSLException) {
			String message = String.valueOf(ex.getMessage());
			return message.contains("PKIX") ? "TLS failure with " + where + ": its certificate is not trusted by this JVM"
					: "TLS failure with " + where + ": " + plain(message);
		}
		if (ex instanceof ZipException || ex instanceof EOFException) {
			return "corrupt or truncated data from " + where + ": " + plain(ex.getMessage());
		}
		if (ex instanceof NoSuchFileException) {
			return "no such file " + where;
		}
		if (ex instanceof AccessDeniedException) {
			return "cannot read or write " + ex.getMessage() + " (access denied)";
		}
		return null;
	}

}
