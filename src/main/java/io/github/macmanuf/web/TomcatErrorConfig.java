package io.github.macmanuf.web;

import org.apache.catalina.core.StandardHost;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Problem JSON for what Tomcat rejects itself: the error report valve and the query-string check; and an
 * unreadable {@code Accept} header disregarded, so that no answer is left without its body.
 */
@Configuration(proxyBeanMethods = false)
class TomcatErrorConfig {

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
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemJsonErrorValve() {
		return (factory) -> factory.addContextCustomizers((context) -> {
			if (context.getParent() instanceof StandardHost host) {
				host.setErrorReportValveClass(ProblemJsonErrorValve.class.getName());
			}
		});
	}

}
