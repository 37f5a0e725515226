package io.github.macmanuf.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Disregards what of an {@code Accept} header cannot be honoured, as RFC 9110 section 12.5.1 allows: a header
 * that does not parse ({@code garbage}, {@code ;;;}, {@code q=abc}) or lists more than 50 types, which left
 * answers with an empty body; and a {@code charset} parameter ({@code application/json; charset=utf-16}), which
 * made Jackson fail with a 500 or label UTF-8 bytes with another charset. JSON is always UTF-8 here (RFC 8259).
 */
class AcceptHeaderFilter extends OncePerRequestFilter {

	private static final String CHARSET = "charset";

	/** Spring's negotiation refuses to sort longer lists ({@code MimeTypeUtils}), which left answers empty. */
	private static final int MAX_TYPES = 50;

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getHeader(HttpHeaders.ACCEPT) == null) { // the common case: no list built
			chain.doFilter(request, response);
			return;
		}
		chain.doFilter(honoured(request, Collections.list(request.getHeaders(HttpHeaders.ACCEPT))), response);
	}

	private static HttpServletRequest honoured(HttpServletRequest request, List<String> accept) {
		List<MediaType> types;
		try {
			types = MediaType.parseMediaTypes(accept);
		}
		catch (InvalidMediaTypeException ex) {
			return new ReplacedAccept(request, null);
		}
		if (types.size() > MAX_TYPES) {
			return new ReplacedAccept(request, null);
		}
		if (types.stream().noneMatch((type) -> type.getParameter(CHARSET) != null)) {
			return request;
		}
		return new ReplacedAccept(request, types.stream()
			.map(AcceptHeaderFilter::withoutCharset)
			.map(MediaType::toString)
			.collect(Collectors.joining(", ")));
	}

	private static MediaType withoutCharset(MediaType type) {
		Map<String, String> parameters = new LinkedHashMap<>(type.getParameters());
		parameters.keySet().removeIf(CHARSET::equalsIgnoreCase);
		return new MediaType(type, parameters);
	}

	/** The request with another {@code Accept} header, or none when {@code accept} is {@code null}. */
	private static final class ReplacedAccept extends HttpServletRequestWrapper {

		private final String accept;

		ReplacedAccept(HttpServletRequest request, String accept) {
			super(request);
			this.accept = accept;
		}

		@Override
		public String getHeader(String name) {
			return HttpHeaders.ACCEPT.equalsIgnoreCase(name) ? this.accept : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			if (!HttpHeaders.ACCEPT.equalsIgnoreCase(name)) {
				return super.getHeaders(name);
			}
			return (this.accept != null) ? Collections.enumeration(List.of(this.accept)) : Collections.emptyEnumeration();
		}

		@Override
		public Enumeration<String> getHeaderNames() {
			List<String> names = Collections.list(super.getHeaderNames())
				.stream()
				.filter((name) -> this.accept != null || !HttpHeaders.ACCEPT.equalsIgnoreCase(name))
				.toList();
			return Collections.enumeration(names);
		}

	}

}
