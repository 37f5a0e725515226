package io.github.macmanuf.tls;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.github.macmanuf.ManufApplication;
import io.github.macmanuf.support.Certificates;
import io.github.macmanuf.support.HttpApi;
import io.github.macmanuf.support.HttpApi.Response;
import io.github.macmanuf.support.RawHttp;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.jetty.JettyWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The whole application started several times on one data folder, with generated and with user certificates. */
@ExtendWith(OutputCaptureExtension.class)
class TlsStartupTest {

	static final String LOOKUP = "/chilcano/api/manuf/00:50:CA";

	@TempDir
	Path dataDir;

	@TempDir
	Path userFiles;

	@Test
	void startAgainShouldReuseTheGeneratedKeystoreAndRenewItWhenAboutToExpire(CapturedOutput output) {
		X509Certificate first;
		try (ConfigurableApplicationContext context = start()) {
			first = Certificates.generated(this.dataDir);
			assertThat(servedSha256(context, first)).isEqualTo(Certificates.sha256(first));
		}
		try (ConfigurableApplicationContext context = start()) {
			assertThat(Certificates.generated(this.dataDir)).isEqualTo(first);
			assertThat(servedSha256(context, first)).isEqualTo(Certificates.sha256(first));
		}
		try (ConfigurableApplicationContext context = start("--manuf.tls.validity=1000d",
				"--manuf.tls.renew-before=900d")) {
			X509Certificate renewed = Certificates.generated(this.dataDir);
			assertThat(renewed).isNotEqualTo(first);
			assertThat(servedSha256(context, renewed)).isEqualTo(Certificates.sha256(renewed));
		}
		assertThat(output).contains("Renewing the self-signed HTTPS certificate " + Certificates.sha256(first))
			.contains("SHA-256 fingerprint " + Certificates.sha256(first));
	}

	@Test
	void startWithUserBundlesShouldServeThemReloadThePemPairAndGenerateNothing() throws Exception {
		var issued = SelfSignedCertificateFactory.issue(List.of("localhost", "127.0.0.1"), Instant.now(),
				Duration.ofDays(30));
		X509Certificate user = issued.certificate();
		Path p12 = UserKeyFiles.pkcs12(this.userFiles, issued, "changeit");
		try (ConfigurableApplicationContext context = start("--manuf.tls.http=off", "--manuf.tls.bundle=mine",
				"--spring.ssl.bundle.jks.mine.keystore.location=file:" + p12,
				"--spring.ssl.bundle.jks.mine.keystore.password=changeit",
				"--spring.ssl.bundle.jks.mine.keystore.type=PKCS12")) {
			assertThat(servedSha256(context, user)).isEqualTo(Certificates.sha256(user));
			assertThat(connectors(context)).singleElement()
				.matches((connector) -> connector.getConnectionFactory(SslConnectionFactory.class) != null);
			assertThat(port(context, "local.server.port")).isEqualTo(port(context, "local.manuf.tls.port"));
		}
		Path[] pem = UserKeyFiles.pem(this.userFiles, issued);
		try (ConfigurableApplicationContext context = start("--manuf.tls.http=redirect", "--manuf.tls.bundle=pair",
				"--spring.ssl.bundle.pem.pair.keystore.certificate=file:" + pem[0],
				"--spring.ssl.bundle.pem.pair.keystore.private-key=file:" + pem[1],
				"--spring.ssl.bundle.pem.pair.reload-on-update=true", "--spring.ssl.bundle.watch.file.quiet-period=1s")) {
			int httpsPort = port(context, "local.manuf.tls.port");
			Response redirect = HttpApi.local(port(context, "local.server.port")).get(LOOKUP + "?x=1");
			assertThat(redirect.status()).isEqualTo(307);
			assertThat(redirect.header("Location")).isEqualTo("https://localhost:" + httpsPort + LOOKUP + "?x=1");
			assertThat(rawHead(port(context, "local.server.port"), "OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n"))
				.as("no path to redirect to").startsWith("HTTP/1.1 404");
			assertThat(rawHead(port(context, "local.server.port"),
					"CONNECT evil.example:443 HTTP/1.1\r\nHost: evil.example:443\r\n\r\n"))
				.startsWith("HTTP/1.1 405");
			assertThat(rawHead(port(context, "local.server.port"),
					"GET https://localhost" + LOOKUP + " HTTP/1.1\r\nHost: localhost\r\n\r\n"))
				.as("an https request line sent in plain text is still plain text").startsWith("HTTP/1.1 307");
			URI target = URI.create(redirect.header("Location"));
			Response followed = HttpApi.secure(target.getPort(), Certificates.trusting(user))
				.get(target.getRawPath() + "?" + target.getRawQuery());
			assertThat(followed.status()).isEqualTo(200);
			assertThat(followed.peerCertificateSha256()).isEqualTo(Certificates.sha256(user));
			var replacement = SelfSignedCertificateFactory.issue(List.of("localhost"), Instant.now(),
					Duration.ofDays(30));
			UserKeyFiles.pem(this.userFiles, replacement);
			String replaced = Certificates.sha256(replacement.certificate());
			await().atMost(Duration.ofSeconds(120))
				.ignoreExceptions()
				.until(() -> servedSha256(context, replacement.certificate()).equals(replaced));
		}
		try (Stream<Path> files = Files.list(this.dataDir)) {
			assertThat(files.map((file) -> file.getFileName().toString())).noneMatch((n) -> n.startsWith("https-"));
		}
	}

	private ConfigurableApplicationContext start(String... extra) {
		List<String> args = new ArrayList<>(List.of("--server.port=0", "--manuf.tls.port=0",
				"--manuf.data-dir=" + this.dataDir));
		args.addAll(List.of(extra));
		return new SpringApplicationBuilder(ManufApplication.class).run(args.toArray(String[]::new));
	}

	/** Fingerprint of the certificate HTTPS presents, to a client that trusts only {@code expected}. */
	private static String servedSha256(ConfigurableApplicationContext context, X509Certificate expected) {
		Response response = HttpApi.secure(port(context, "local.manuf.tls.port"), Certificates.trusting(expected))
			.get("/actuator/health");
		assertThat(response.status()).isEqualTo(200);
		return response.peerCertificateSha256();
	}

	private static int port(ConfigurableApplicationContext context, String property) {
		return context.getEnvironment().getRequiredProperty(property, Integer.class);
	}

	private static List<Connector> connectors(ConfigurableApplicationContext context) {
		var server = (JettyWebServer) ((ServletWebServerApplicationContext) context).getWebServer();
		return List.of(server.getServer().getConnectors());
	}

	/** The head of the answer to a request sent as raw bytes (the JDK client sends none of these). */
	private static String rawHead(int port, String request) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(10_000);
			socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
			return RawHttp.readHead(new BufferedInputStream(socket.getInputStream()));
		}
	}

}
