package io.github.macmanuf.tls;

import java.util.Arrays;
import java.util.Map;
import java.util.OptionalInt;

import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.jetty.JettyWebServer;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Once Jetty runs, logs the HTTPS port and publishes it as {@code local.manuf.tls.port}, as Boot does for the
 * HTTP port with {@code local.server.port}: with {@code manuf.tls.port=0} this is how tests find it.
 */
class HttpsPortListener implements ApplicationListener<WebServerInitializedEvent> {

	static final String PROPERTY = "local.manuf.tls.port";

	private static final Logger log = LoggerFactory.getLogger(HttpsPortListener.class);

	/** The port the HTTPS connector of {@code server} is bound to, once it is. */
	static OptionalInt httpsPort(Server server) {
		return Arrays.stream(server.getConnectors())
			.filter(ServerConnector.class::isInstance)
			.map(ServerConnector.class::cast)
			.filter((connector) -> connector.getConnectionFactory(SslConnectionFactory.class) != null)
			.mapToInt(ServerConnector::getLocalPort)
			.filter((port) -> port > 0)
			.findFirst();
	}

	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		if (!(event.getWebServer() instanceof JettyWebServer jetty)) {
			return;
		}
		httpsPort(jetty.getServer()).ifPresent((port) -> {
			log.info("HTTPS on port {}", port);
			if (event.getApplicationContext().getEnvironment() instanceof ConfigurableEnvironment environment) {
				environment.getPropertySources()
					.addFirst(new MapPropertySource("manuf.tls.ports", Map.of(PROPERTY, port)));
			}
		});
	}

}
