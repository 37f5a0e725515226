package io.github.macmanuf.web;

import org.springframework.boot.jetty.servlet.JettyServletWebServerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Problem JSON for what Jetty rejects itself: its error handler and the query-string check; an unreadable
 * {@code Accept} header disregarded, so that no answer is left without its body; and {@code Connection: close} on an
 * error answered before the body was read, since Jetty then closes the connection.
 */
@Configuration(proxyBeanMethods = false)
class ServerErrorConfig {

	@Bean
	FilterRegistrationBean<BadParameterFilter> badParameterFilter() {
		FilterRegistrationBean<BadParameterFilter> registration = new FilterRegistrationBean<>(new BadParameterFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	FilterRegistrationBean<AcceptHeaderFilter> acceptHeaderFilter() {
		FilterRegistrationBean<AcceptHeaderFilter> registration = new FilterRegistrationBean<>(
				new AcceptHeaderFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	FilterRegistrationBean<UnreadBodyFilter> unreadBodyFilter() {
		FilterRegistrationBean<UnreadBodyFilter> registration = new FilterRegistrationBean<>(new UnreadBodyFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	WebServerFactoryCustomizer<JettyServletWebServerFactory> problemJsonErrorHandler() {
		return (factory) -> factory.addServerCustomizers((server) -> server.setErrorHandler(new ProblemJsonErrorHandler()));
	}

}
