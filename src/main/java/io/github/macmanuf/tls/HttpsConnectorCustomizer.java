package io.github.macmanuf.tls;

import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.jetty.servlet.JettyServletWebServerFactory;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.boot.ssl.SslOptions;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;

/**
 * Serves HTTPS from the configured SSL bundle: as a second Jetty connector on {@code manuf.tls.port} beside HTTP on
 * {@code server.port}, or as the only connector when {@code manuf.tls.http=off}. Runs after Boot's customizers, so
 * the HTTPS connector copies the HTTP connector's settings (header sizes, idle timeout, forwarded headers).
 */
class HttpsConnectorCustomizer implements WebServerFactoryCustomizer<JettyServletWebServerFactory>, Ordered {

	private static final Logger log = LoggerFactory.getLogger(HttpsConnectorCustomizer.class);

	private final TlsProperties tls;

	private final SslBundles bundles;

	HttpsConnectorCustomizer(TlsProperties tls, SslBundles bundles) {
		this.tls = tls;
		this.bundles = bundles;
	}

	@Override
	public void customize(JettyServletWebServerFactory factory) {
		String name = this.tls.bundleName();
		SslBundle bundle = TlsProtocols.restrict(name, this.bundles.getBundle(name));
		ServedCertificate.of(bundle).ifPresent((summary) -> log.info(
				"HTTPS certificate from SSL bundle '{}': {}, SHA-256 fingerprint {}, public key pin {}, valid until {},"
						+ " names {}",
				name, summary.subject(), summary.sha256(), summary.publicKeyPin(), summary.notAfter(),
				summary.names()));
		factory.addServerCustomizers((server) -> addHttpsConnector(server, name, bundle));
		if (this.tls.http() == TlsProperties.HttpMode.REDIRECT) {
			factory.addServerCustomizers((server) -> server.setHandler(new HttpsRedirectHandler(server.getHandler())));
		}
	}

	private void addHttpsConnector(Server server, String name, SslBundle bundle) {
		ServerConnector plain = (ServerConnector) server.getConnectors()[0];
		HttpConfiguration config = new HttpConfiguration(
				plain.getConnectionFactory(HttpConnectionFactory.class).getHttpConfiguration());
		config.setSecureScheme("https");
		config.setSecurePort(this.tls.port());
		// no SNI checks: clients reach the service by IP address or by names the certificate does not list
		config.addCustomizer(new SecureRequestCustomizer(false, false, -1, false));
		SslContextFactory.Server ssl = new SslContextFactory.Server();
		useBundle(ssl, bundle);
		ServerConnector https = new ServerConnector(server, plain.getAcceptors(), plain.getSelectorManager()
			.getSelectorCount(), new SslConnectionFactory(ssl, HttpVersion.HTTP_1_1.asString()),
				new HttpConnectionFactory(config));
		https.setHost(plain.getHost());
		https.setPort(this.tls.port());
		https.setIdleTimeout(plain.getIdleTimeout());
		// named, so that their jetty.connections.* meters differ by the connector.name tag
		plain.setName("http");
		https.setName("https");
		this.bundles.addBundleUpdateHandler(name, (updated) -> reload(ssl, name, updated));
		if (this.tls.http() == TlsProperties.HttpMode.OFF) {
			server.setConnectors(new Connector[] { https });
		}
		else {
			server.addConnector(https);
		}
	}

	private static void reload(SslContextFactory ssl, String name, SslBundle updated) {
		try {
			ssl.reload((reloaded) -> useBundle(reloaded, TlsProtocols.restrict(name, updated)));
		}
		catch (Exception ex) {
			throw new IllegalStateException("SSL bundle '" + name + "' could not be reloaded", ex);
		}
	}

	private static void useBundle(SslContextFactory ssl, SslBundle bundle) {
		ssl.setSslContext(bundle.createSslContext());
		SslOptions options = bundle.getOptions();
		if (options.getEnabledProtocols() != null) {
			ssl.setIncludeProtocols(options.getEnabledProtocols());
		}
		if (options.getCiphers() != null) {
			ssl.setIncludeCipherSuites(options.getCiphers());
		}
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
