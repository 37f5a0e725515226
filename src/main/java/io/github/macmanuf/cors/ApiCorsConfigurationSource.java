package io.github.macmanuf.cors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.CorsUtils;

/**
 * Picks the CORS rules for a request: write origins get the write rules for every method; any other origin gets
 * the open read rules when the method it asks for (on a preflight the {@code Access-Control-Request-Method},
 * otherwise the request's own) is a read or the bulk lookup, and is refused otherwise. Deliberately not a bean:
 * Spring Security would pick up a {@link CorsConfigurationSource} bean and apply CORS a second time.
 */
class ApiCorsConfigurationSource implements CorsConfigurationSource {

	static final String API_PREFIX = "/chilcano/api/";

	static final String BULK_LOOKUP = "/chilcano/api/manuf/lookup";

	private final List<String> readMethods;

	private final CorsConfiguration read;

	private final CorsConfiguration bulk;

	private final CorsConfiguration write;

	ApiCorsConfigurationSource(CorsProperties properties) {
		this.readMethods = methods(properties.readMethods());
		this.read = configuration(properties, properties.readOrigins(), this.readMethods, properties.readHeaders());
		this.bulk = configuration(properties, properties.readOrigins(), union(this.readMethods, List.of("POST")),
				properties.readHeaders());
		this.write = configuration(properties, properties.writeOrigins(),
				union(this.readMethods, methods(properties.writeMethods())),
				union(properties.readHeaders(), properties.writeHeaders()));
	}

	@Override
	public CorsConfiguration getCorsConfiguration(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!path.startsWith(API_PREFIX)) {
			return null;
		}
		if (this.write.checkOrigin(request.getHeader(HttpHeaders.ORIGIN)) != null) {
			return this.write; // a write origin may also read, with the same headers (a token on every call)
		}
		String method = CorsUtils.isPreFlightRequest(request)
				? request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) : request.getMethod();
		method = (method != null) ? method.trim().toUpperCase(Locale.ROOT) : "";
		if (this.readMethods.contains(method)) {
			return this.read;
		}
		if (HttpMethod.POST.matches(method) && path.equals(BULK_LOOKUP)) {
			return this.bulk;
		}
		return this.write; // refused: the origin is not a write origin
	}

	private static CorsConfiguration configuration(CorsProperties properties, List<String> origins,
			List<String> methods, List<String> headers) {
		var configuration = new CorsConfiguration();
		List<String> allowed = trimmed(origins);
		if (allowed.contains(CorsConfiguration.ALL)) {
			configuration.addAllowedOrigin(CorsConfiguration.ALL); // answers "*" rather than echoing each origin
		}
		else {
			configuration.setAllowedOriginPatterns(allowed);
		}
		configuration.setAllowedMethods(methods);
		configuration.setAllowedHeaders(trimmed(headers));
		configuration.setExposedHeaders(trimmed(properties.exposedHeaders()));
		configuration.setAllowCredentials(false);
		configuration.setMaxAge(properties.maxAge());
		return configuration;
	}

	private static List<String> union(List<String> first, List<String> second) {
		List<String> all = new ArrayList<>(trimmed(first));
		trimmed(second).stream().filter((value) -> !all.contains(value)).forEach(all::add);
		return all;
	}

	private static List<String> methods(List<String> names) {
		return trimmed(names).stream().map((name) -> name.toUpperCase(Locale.ROOT)).toList();
	}

	private static List<String> trimmed(List<String> values) {
		return values.stream().map(String::trim).filter((value) -> !value.isEmpty()).toList();
	}

}
