package io.github.macmanuf.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Adds {@code Connection: close} to an error answer given before the request body was read to its end: a bulk body
 * refused at its limit (413), too slow (408) or while the slots are taken (503), or a body nothing reads (415, 401).
 * Jetty closes such a connection after the answer rather than read a body of unknown size to skip it; without the
 * header a keep-alive client sends its next request on the closed connection and sees it fail, where it would
 * otherwise simply open a new one. Requests without a body are not wrapped, nor those that wait for
 * {@code 100 Continue} (Jetty answers them before the body is sent).
 */
class UnreadBodyFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean hasBody = request.getContentLengthLong() > 0 || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
		// asking about the body would make Jetty send "100 Continue", inviting a body that is about to be refused
		boolean waitsForContinue = request.getHeader(HttpHeaders.EXPECT) != null;
		boolean wrap = hasBody && !waitsForContinue;
		chain.doFilter(request, wrap ? new ClosingWhenBodyUnread(request, response) : response);
	}

	private static final class ClosingWhenBodyUnread extends HttpServletResponseWrapper {

		private final HttpServletRequest request;

		ClosingWhenBodyUnread(HttpServletRequest request, HttpServletResponse response) {
			super(response);
			this.request = request;
		}

		@Override
		public void setStatus(int status) {
			closeIfBodyUnread(status);
			super.setStatus(status);
		}

		@Override
		public void sendError(int status) throws IOException {
			closeIfBodyUnread(status);
			super.sendError(status);
		}

		@Override
		public void sendError(int status, String message) throws IOException {
			closeIfBodyUnread(status);
			super.sendError(status, message);
		}

		private void closeIfBodyUnread(int status) {
			if (status >= 400 && !isCommitted() && !bodyReadToTheEnd()) {
				setHeader(HttpHeaders.CONNECTION, "close");
			}
		}

		private boolean bodyReadToTheEnd() {
			try {
				return this.request.getInputStream().isFinished();
			}
			catch (IllegalStateException | IOException ex) {
				return true; // read through getReader(): by a reader that reads to the end
			}
		}

	}

}
