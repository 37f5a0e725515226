package io.github.macmanuf.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Replaces Jetty's HTML error page for requests Jetty rejects before Spring sees them (an encoded slash or
 * backslash in the path, a bad %-escape, headers over the size limit), so that those also answer problem JSON.
 * Every such answer closes the connection and says so ({@code Connection: close}).
 */
class ProblemJsonErrorHandler extends ErrorHandler {

	/** Every method gets the body: Jetty's default writes one only for GET, POST and HEAD (a PUT got an empty 400). */
	@Override
	public boolean errorPageForMethod(String method) {
		return true;
	}

	@Override
	protected void generateResponse(Request request, Response response, int status, String message, Throwable cause,
			Callback callback) {
		write(response, status, callback);
	}

	/** Writes the problem answer for {@code status}: never the exception, its message or a stack trace. */
	static void write(Response response, int status, Callback callback) {
		// Jetty answers 505 to any request line it cannot read ("FOO BAR", no version): bad input is a 4xx here
		int code = (status == 505) ? 400 : status;
		response.setStatus(code);
		byte[] body = body(code, detail(code));
		response.getHeaders().put(HttpHeader.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
		response.getHeaders().put("X-Content-Type-Options", "nosniff");
		if (code == 426) {
			response.getHeaders().put(HttpHeader.UPGRADE, "HTTP/1.1"); // RFC 9110, 15.5.22: say which protocol
		}
		// Jetty closes the connection after a request it could not parse; say so, so that a client does not send
		// its next request on it
		response.getHeaders().put(HttpHeader.CONNECTION, "close");
		response.write(true, ByteBuffer.wrap(body), callback);
	}

	/**
	 * A problem body for what is refused before Spring's JSON machinery runs (here and in
	 * {@link BadParameterFilter}); {@code detail} is fixed text of ours, never the client's input.
	 */
	static byte[] body(int code, String detail) {
		HttpStatus known = HttpStatus.resolve(code);
		String title = (known != null) ? known.getReasonPhrase() : "Error";
		String error = (code >= 500) ? "The request failed" : "The request is malformed";
		return ("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + code + ",\"detail\":\""
				+ detail + "\",\"error\":\"" + error + "\"}")
			.getBytes(StandardCharsets.UTF_8);
	}

	private static String detail(int status) {
		return switch (status) {
			case 400 -> "The request was rejected before it reached the API: an empty path segment (//), a broken "
					+ "%-escape, an encoded control character, slash, backslash or percent sign (%25) in the path, or a "
					+ "request line or header that is not HTTP/1.1 or HTTP/1.0.";
			case 414, 431 -> "The request line or its headers are over the 8 KB limit.";
			case 426 -> "Only HTTP/1.1 (and HTTP/1.0) requests are served here.";
			case 404 -> "There is nothing at this request target: the API's paths start with /chilcano/api/.";
			case 500 -> "The server could not answer this request.";
			default -> "The request was rejected before it reached the API.";
		};
	}

}
