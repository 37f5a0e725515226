package io.github.macmanuf.cors;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.CorsFilter;

/**
 * Answers cross-origin requests and preflights for {@code /chilcano/api/**} in a servlet filter that runs before
 * every other filter (Spring Security included), so a preflight never needs a token. Off with
 * {@code manuf.cors.enabled=false}: then browsers on other origins get no access.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "manuf.cors.enabled", matchIfMissing = true)
class CorsConfig {

	@Bean
	FilterRegistrationBean<CorsFilter> apiCorsFilter(CorsProperties properties) {
		var filter = new CorsFilter(new ApiCorsConfigurationSource(properties));
		filter.setCorsProcessor(new ProblemCorsProcessor());
		var registration = new FilterRegistrationBean<>(filter);
		registration.addUrlPatterns(ApiCorsConfigurationSource.API_PREFIX + "*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setName("apiCorsFilter");
		return registration;
	}

}
