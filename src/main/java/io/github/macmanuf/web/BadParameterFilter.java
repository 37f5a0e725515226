package io.github.macmanuf.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the query parameters before anything else does, and answers 400 problem JSON when they cannot be decoded
 * (invalid UTF-8 such as {@code ?q=%FF}). Otherwise the server's exception escapes the filter chain and every such
 * request logs a full stack trace: a cheap way for anyone to flood the log.
 */
class BadParameterFilter extends OncePerRequestFilter {

	private static final String BODY = "{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,"
			+ "\"detail\":\"The query string is not valid UTF-8 after %-decoding.\","
			+ "\"error\":\"The request is malformed\"}";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			request.getParameterMap();
		}
		catch (RuntimeException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.getWriter().write(BODY);
			return;
		}
		chain.doFilter(request, response);
	}

}
