package io.github.macmanuf.web;

import java.util.Collections;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Request bodies are read as sent: a body with any {@code Content-Encoding} but {@code identity} (gzip, deflate, br;
 * in any of several headers), or a transfer coding other than {@code chunked} ({@code Transfer-Encoding: gzip,
 * chunked}, which the server passes on still compressed), answers 415 with {@code Accept-Encoding: identity}
 * (RFC 9110, 15.5.16). Without this check a gzipped bulk body was read as text and every line answered
 * "malformed", echoing binary garbage.
 */
@Configuration(proxyBeanMethods = false)
class ContentEncodingConfig implements WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				boolean hasBody = request.getContentLengthLong() > 0
						|| request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
				if (hasBody && (names(request, HttpHeaders.CONTENT_ENCODING, "identity")
						|| names(request, HttpHeaders.TRANSFER_ENCODING, "chunked"))) {
					throw new UnsupportedContentEncodingException();
				}
				return true;
			}
		});
	}

	/** Whether any header {@code name} lists a coding other than {@code allowed}. */
	private static boolean names(HttpServletRequest request, String name, String allowed) {
		for (String value : Collections.list(request.getHeaders(name))) {
			for (String coding : value.split(",")) {
				String token = coding.strip().toLowerCase(Locale.ROOT);
				if (!token.isEmpty() && !token.equals(allowed)) {
					return true;
				}
			}
		}
		return false;
	}

}
