package io.github.macmanuf.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Answers a write that may not pass: with a token configured, Spring's bearer entry point sets 401 and
 * {@code WWW-Authenticate}; without one, the request fails with {@link WritesDisabledException} (403). Either
 * way the body is written by the API's one exception handler, as problem JSON.
 */
final class ProblemEntryPoint implements AuthenticationEntryPoint {

	private final BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();

	private final HandlerExceptionResolver resolver;

	private final boolean writesEnabled;

	ProblemEntryPoint(HandlerExceptionResolver resolver, boolean writesEnabled) {
		this.resolver = resolver;
		this.writesEnabled = writesEnabled;
		this.bearer.setRealmName("mac-manuf");
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) {
		AuthenticationException reason = exception;
		if (this.writesEnabled) {
			this.bearer.commence(request, response, exception);
		}
		else {
			reason = new WritesDisabledException();
		}
		this.resolver.resolveException(request, response, null, reason);
	}

}
