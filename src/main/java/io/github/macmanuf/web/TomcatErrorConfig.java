package io.github.macmanuf.web;

import org.apache.catalina.core.StandardHost;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Installs {@link ProblemJsonErrorValve} as Tomcat's error report valve. */
@Configuration(proxyBeanMethods = false)
class TomcatErrorConfig {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemJsonErrorValve() {
		return (factory) -> factory.addContextCustomizers((context) -> {
			if (context.getParent() instanceof StandardHost host) {
				host.setErrorReportValveClass(ProblemJsonErrorValve.class.getName());
			}
		});
	}

}
