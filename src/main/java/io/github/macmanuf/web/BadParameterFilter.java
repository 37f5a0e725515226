package io.github.macmanuf.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.jetty.util.Fields;
import org.eclipse.jetty.util.UrlEncoded;

import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Decodes the query string before anything else reads it, with the decoder Jetty uses for its parameters, and
 * answers 400 problem JSON when it cannot be decoded (a broken %-escape, or invalid UTF-8 such as {@code ?q=%FF}).
 * Otherwise the server's exception escapes the filter chain and every such request logs a full stack trace: a
 * cheap way for anyone to flood the log. Only the query: a form body is never read here (no endpoint takes one,
 * and they answer 415 for it).
 */
class BadParameterFilter extends OncePerRequestFilter {

	private static final String BODY = "{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,"
			+ "\"detail\":\"The query string has a broken %-escape or is not valid UTF-8 after %-decoding.\","
			+ "\"error\":\"The request is malformed\"}";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String query = request.getQueryString();
		if (query != null && !decodes(query)) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			// bytes, not the writer: the writer would add a charset that no other problem answer carries
			byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setContentLength(body.length);
			response.getOutputStream().write(body);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean decodes(String query) {
		try {
			UrlEncoded.decodeUtf8To(query, new Fields());
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
