package io.github.macmanuf.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.http.HttpStatus;

/**
 * Replaces Tomcat's HTML error page for requests Tomcat rejects before Spring sees them (an encoded NUL,
 * slash or backslash in the path, a bad %-escape), so that those also answer problem JSON.
 */
public class ProblemJsonErrorValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		HttpStatus known = HttpStatus.resolve(status);
		String title = (known != null) ? known.getReasonPhrase() : "Error";
		try {
			response.setContentType("application/problem+json");
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
						+ ",\"detail\":\"" + detail(status) + "\",\"error\":\"The request is malformed\"}");
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the client has gone or the response is committed; nothing more can be sent
		}
	}

	private static String detail(int status) {
		return switch (status) {
			case 400 -> "The request was rejected before it reached the API: a broken %-escape, an encoded control "
					+ "character, slash or backslash in the path, a malformed header, or a request line and headers "
					+ "over 8 KB together.";
			case 414, 431 -> "The request line or its headers are too long.";
			case 505 -> "Only HTTP/1.1 (and HTTP/1.0) requests are served here.";
			default -> "The request was rejected before it reached the API.";
		};
	}

}
