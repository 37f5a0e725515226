package io.github.macmanuf.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Request bodies are read as sent: a body with a {@code Content-Encoding} (gzip, deflate, br) answers 415 with
 * {@code Accept-Encoding: identity} (RFC 9110, 15.5.16). Without this check a gzipped bulk body was read as text
 * and every line answered "malformed", echoing binary garbage.
 */
@Configuration(proxyBeanMethods = false)
class ContentEncodingConfig implements WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				String encoding = request.getHeader(HttpHeaders.CONTENT_ENCODING);
				boolean hasBody = request.getContentLengthLong() > 0
						|| request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
				if (hasBody && encoding != null && !encoding.isBlank() && !encoding.strip().equalsIgnoreCase("identity")) {
					throw new UnsupportedContentEncodingException();
				}
				return true;
			}
		});
	}

}
