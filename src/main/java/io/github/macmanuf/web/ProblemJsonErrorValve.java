package io.github.macmanuf.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Replaces Tomcat's HTML error page for requests Tomcat rejects before Spring sees them (an encoded NUL,
 * slash or backslash in the path, a bad %-escape), so that those also answer problem JSON.
 */
public class ProblemJsonErrorValve extends ErrorReportValve {

	private static final String LOOKUP_PATH = "/chilcano/api/manuf/";

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		String title = switch (status) {
			case 400 -> "Bad Request";
			case 404 -> "Not Found";
			case 413 -> "Content Too Large";
			default -> (status < 500) ? "Client Error" : "Server Error";
		};
		try {
			response.setContentType("application/problem+json");
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
						+ ",\"detail\":\"The request was rejected before it reached the API: check the URL for "
						+ "encoded control characters, slashes or broken %-escapes.\",\"error\":\""
						+ jsonEscape(seedError(request.getRequestURI())) + "\"}");
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the client has gone or the response is committed; nothing more can be sent
		}
	}

	/** The seed's wording, with the raw (still %-encoded) last path segment for a lookup path. */
	private static String seedError(String rawUri) {
		if (rawUri == null || !rawUri.startsWith(LOOKUP_PATH)) {
			return "The request is malformed";
		}
		return "The MAC Address '" + InputEcho.shorten(rawUri.substring(LOOKUP_PATH.length())) + "' is malformed";
	}

	private static String jsonEscape(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			if (c == '"' || c == '\\') {
				out.append('\\').append(c);
			}
			else if (c < 0x20) {
				out.append(String.format("\\u%04x", (int) c));
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

}
