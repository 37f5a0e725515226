package io.github.macmanuf.tls;

import java.util.Map;

import org.apache.catalina.connector.Connector;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.coyote.ProtocolHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.boot.tomcat.SslConnectorCustomizer;
import org.springframework.boot.tomcat.TomcatProtocolHandlerCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.util.LambdaSafe;
import org.springframework.boot.web.server.Ssl.ClientAuth;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;

/**
 * Serves HTTPS from the configured SSL bundle with Spring Boot's own Tomcat SSL setup: as a second connector on
 * {@code manuf.tls.port} beside HTTP on {@code server.port}, or as the only connector when {@code manuf.tls.http=off}.
 * Runs after Boot's customizers so that it sees their connector settings and can move the main port.
 */
class HttpsConnectorCustomizer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

	private static final Logger log = LoggerFactory.getLogger(HttpsConnectorCustomizer.class);

	private static final Log tomcatLog = LogFactory.getLog(HttpsConnectorCustomizer.class);

	private final TlsProperties tls;

	private final SslBundles bundles;

	HttpsConnectorCustomizer(TlsProperties tls, SslBundles bundles) {
		this.tls = tls;
		this.bundles = bundles;
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		String name = this.tls.bundleName();
		SslBundle bundle = TlsProtocols.restrict(name, this.bundles.getBundle(name));
		ServedCertificate.of(bundle).ifPresent((summary) -> log.info(
				"HTTPS certificate from SSL bundle '{}': {}, SHA-256 fingerprint {}, public key pin {}, valid until {},"
						+ " names {}",
				name, summary.subject(), summary.sha256(), summary.publicKeyPin(), summary.notAfter(),
				summary.names()));
		if (this.tls.http() == TlsProperties.HttpMode.OFF) {
			factory.setPort(this.tls.port());
			factory.addConnectorCustomizers((connector) -> secure(connector, name, bundle));
			return;
		}
		Connector https = new Connector(factory.getProtocol());
		https.setPort(this.tls.port());
		applyFactorySettings(factory, https);
		secure(https, name, bundle);
		factory.addAdditionalConnectors(https);
		if (this.tls.http() == TlsProperties.HttpMode.REDIRECT) {
			factory.addContextValves(new HttpsRedirectValve());
		}
	}

	private void secure(Connector connector, String name, SslBundle bundle) {
		var ssl = new SslConnectorCustomizer(tomcatLog, connector, ClientAuth.NONE);
		ssl.customize(bundle, Map.of());
		this.bundles.addBundleUpdateHandler(name, (updated) -> ssl.update(null, TlsProtocols.restrict(name, updated)));
	}

	/** What Boot applies to its main connector only (timeouts, header sizes, URI encoding, ...). */
	@SuppressWarnings("unchecked")
	private static void applyFactorySettings(TomcatServletWebServerFactory factory, Connector connector) {
		if (factory.getUriEncoding() != null) {
			connector.setURIEncoding(factory.getUriEncoding().name());
		}
		ProtocolHandler handler = connector.getProtocolHandler();
		LambdaSafe.callbacks(TomcatProtocolHandlerCustomizer.class, factory.getProtocolHandlerCustomizers(), handler)
			.invoke((customizer) -> customizer.customize(handler));
		factory.getConnectorCustomizers().forEach((customizer) -> customizer.customize(connector));
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
