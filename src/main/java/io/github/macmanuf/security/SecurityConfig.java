package io.github.macmanuf.security;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Who may do what: every GET, HEAD and OPTIONS and the bulk lookup are open; every other request under
 * {@code /chilcano/api/} writes and needs {@code Authorization: Bearer <manuf.api-token>}. Stateless, no
 * sessions, no CSRF (no cookies are used), and no CORS here (that is a servlet filter of its own).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

	static final String API = "/chilcano/api/**";

	static final String BULK_LOOKUP = "/chilcano/api/manuf/lookup";

	@Bean
	SecurityFilterChain apiSecurity(HttpSecurity http, TokenProperties properties,
			@Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver) {
		var entryPoint = new ProblemEntryPoint(resolver, properties.writesEnabled());
		http.csrf(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests((requests) -> requests
				.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
				.requestMatchers(HttpMethod.OPTIONS, "/**").permitAll()
				.requestMatchers(HttpMethod.GET, "/**").permitAll()
				.requestMatchers(HttpMethod.HEAD, "/**").permitAll()
				.requestMatchers(HttpMethod.POST, BULK_LOOKUP).permitAll()
				.requestMatchers(API).hasAuthority(StaticTokenIntrospector.WRITER)
				.anyRequest().permitAll())
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(entryPoint));
		if (properties.writesEnabled()) {
			http.oauth2ResourceServer((server) -> server.authenticationEntryPoint(entryPoint)
				.bearerTokenResolver(writesOnly(writes()))
				.protectedResourceMetadata((metadata) -> metadata.protectedResourceMetadataCustomizer(
						(resource) -> resource.resourceName("mac-manuf").tlsClientCertificateBoundAccessTokens(false)))
				.opaqueToken((token) -> token.introspector(new StaticTokenIntrospector(properties.apiToken()))));
		}
		return http.build();
	}

	/**
	 * Spring Security's strict firewall, with header values as HTTP allows them: any byte but a control character
	 * (RFC 9110 obs-text included). Its default read the UTF-8 bytes 0x80-0x9F of a {@code User-Agent: test —} or a
	 * {@code €} as control characters and refused every such request, health probes too.
	 */
	@Bean
	HttpFirewall firewall() {
		StrictHttpFirewall firewall = new StrictHttpFirewall();
		firewall.setAllowedHeaderValues((value) -> value.chars().noneMatch((c) -> (c < 0x20 && c != '\t') || c == 0x7F));
		return firewall;
	}

	/** Requests the firewall refuses (encoded line breaks, {@code ..}) answer problem JSON like the rest. */
	@Bean
	RequestRejectedHandler problemJsonRejections(
			@Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver) {
		return (request, response, exception) -> resolver.resolveException(request, response, null, exception);
	}

	/** A token is only read where one is needed, so a stray header on a read never turns it into a 401. */
	private static BearerTokenResolver writesOnly(RequestMatcher writes) {
		var header = new DefaultBearerTokenResolver();
		return (request) -> writes.matches(request) ? header.resolve(request) : null;
	}

	private static RequestMatcher writes() {
		RequestMatcher api = PathPatternRequestMatcher.pathPattern(API);
		RequestMatcher bulk = PathPatternRequestMatcher.pathPattern(HttpMethod.POST, BULK_LOOKUP);
		return (request) -> api.matches(request) && !bulk.matches(request) && !isRead(request.getMethod());
	}

	private static boolean isRead(String method) {
		return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
	}

}
