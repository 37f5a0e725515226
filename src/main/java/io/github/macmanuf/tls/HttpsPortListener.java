package io.github.macmanuf.tls;

import java.util.Arrays;
import java.util.Map;
import java.util.OptionalInt;

import org.apache.catalina.Service;
import org.apache.catalina.connector.Connector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Once Tomcat runs, logs the HTTPS port and publishes it as {@code local.manuf.tls.port}, as Boot does for the
 * HTTP port with {@code local.server.port}: with {@code manuf.tls.port=0} this is how tests find it.
 */
class HttpsPortListener implements ApplicationListener<WebServerInitializedEvent> {

	static final String PROPERTY = "local.manuf.tls.port";

	private static final Logger log = LoggerFactory.getLogger(HttpsPortListener.class);

	/** The port the HTTPS connector of {@code service} is bound to, once it is. */
	static OptionalInt httpsPort(Service service) {
		return Arrays.stream(service.findConnectors())
			.filter(Connector::getSecure)
			.mapToInt(Connector::getLocalPort)
			.filter((port) -> port > 0)
			.findFirst();
	}

	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		if (!(event.getWebServer() instanceof TomcatWebServer tomcat)) {
			return;
		}
		httpsPort(tomcat.getTomcat().getService()).ifPresent((port) -> {
			log.info("HTTPS on port {}", port);
			if (event.getApplicationContext().getEnvironment() instanceof ConfigurableEnvironment environment) {
				environment.getPropertySources()
					.addFirst(new MapPropertySource("manuf.tls.ports", Map.of(PROPERTY, port)));
			}
		});
	}

}
