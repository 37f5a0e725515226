package io.github.macmanuf.web;

import org.eclipse.jetty.ee11.servlet.ErrorPageErrorHandler;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.util.component.LifeCycle;

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

	/**
	 * Problem JSON for what Jetty rejects before the application, and for an exception that escapes both the request
	 * and its {@code /error} dispatch (Jetty's own page showed the exception and its stack trace).
	 */
	@Bean
	WebServerFactoryCustomizer<JettyServletWebServerFactory> problemJsonErrorHandler() {
		return (factory) -> factory.addServerCustomizers((server) -> {
			server.setErrorHandler(new ProblemJsonErrorHandler());
			// the servlet context sets its error handler while it starts: replace it once the server has started
			server.addEventListener(new LifeCycle.Listener() {
				@Override
				public void lifeCycleStarted(LifeCycle event) {
					for (ServletContextHandler context : server.getDescendants(ServletContextHandler.class)) {
						if (context.getErrorHandler() instanceof ErrorPageErrorHandler pages) {
							context.setErrorHandler(new ProblemJsonErrorPageHandler(pages.getErrorPages()));
						}
					}
				}
			});
		});
	}

}
