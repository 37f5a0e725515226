package io.github.macmanuf.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.jetty.util.Fields;
import org.eclipse.jetty.util.UrlEncoded;

import org.springframework.http.MediaType;
import org.springframework.http.server.RequestPath;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 400 problem JSON, before anything else reads the request, for parameters the server cannot decode: a
 * query string with a broken %-escape or invalid UTF-8 ({@code ?q=%FF}, decoded with Jetty's own decoder), and a
 * {@code ;} path parameter with a broken %-escape ({@code /00:50:CA;%zz}), which Jetty passes on undecoded and
 * Spring's path parser, run ahead of the firewall that refuses every {@code ;}, fails on. Otherwise the exception
 * escapes the filter chain as a 500, and every such request logs a full stack trace: a cheap way for anyone to
 * flood the log. Also a {@code Host} longer than any host name. A form body is never read here (no endpoint takes
 * one, and they answer 415 for it).
 */
class BadParameterFilter extends OncePerRequestFilter {

	private static final String QUERY = "The query string has a broken %-escape or is not valid UTF-8 after "
			+ "%-decoding.";

	private static final String PATH = "The request was rejected before it reached the API: its path has a ; "
			+ "parameter with a broken %-escape (no API path has a ;).";

	private static final int MAX_HOST = 255;

	// redirects and a 401's resource_metadata are built from it: a longer one was echoed whole
	private static final String HOST = "The Host header names a host longer than a host name can be (" + MAX_HOST
			+ " characters).";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String query = request.getQueryString();
		if (query != null && !queryDecodes(query)) {
			reject(response, QUERY);
			return;
		}
		if (request.getServerName().length() > MAX_HOST) {
			reject(response, HOST);
			return;
		}
		String path = request.getRequestURI();
		if (path.indexOf(';') >= 0 && !pathParses(path, request.getContextPath())) {
			reject(response, PATH);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean queryDecodes(String query) {
		try {
			UrlEncoded.decodeUtf8To(query, new Fields());
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static boolean pathParses(String path, String contextPath) {
		try {
			RequestPath.parse(path, contextPath);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static void reject(HttpServletResponse response, String detail) throws IOException {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		// bytes, not the writer: the writer would add a charset that no other problem answer carries
		byte[] body = ProblemJsonErrorHandler.body(HttpServletResponse.SC_BAD_REQUEST, detail);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

}
