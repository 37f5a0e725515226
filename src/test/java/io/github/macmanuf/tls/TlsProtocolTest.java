package io.github.macmanuf.tls;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyStore;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;

import io.github.macmanuf.support.Certificates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Only TLS 1.2 and 1.3 on the HTTPS port. The JDK's java.security disables TLS 1.1 on both ends by default, which
 * would make a refusal prove nothing: the test JVM runs with {@code legacy-tls-permitted.security} (see the
 * surefire configuration), and {@link #jdkInTestsShouldPermitTls11SoARefusalComesFromTheService} checks that.
 */
class TlsProtocolTest extends RunningHttpsService {

	@Test
	void handshakeWhenClientOffersOnlyTls11ShouldBeRefusedByTheServer() throws Exception {
		try (SSLSocket socket = clientSocket(this.httpsPort, "TLSv1.1")) {
			assertThatThrownBy(socket::startHandshake).isInstanceOf(SSLHandshakeException.class)
				.hasMessageContaining("protocol_version");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "TLSv1.2", "TLSv1.3" })
	void handshakeWhenClientOffersTls12Or13ShouldSucceed(String protocol) throws Exception {
		try (SSLSocket socket = clientSocket(this.httpsPort, protocol)) {
			socket.startHandshake();
			assertThat(socket.getSession().getProtocol()).isEqualTo(protocol);
		}
	}

	/** Control: a plain JDK server that allows TLS 1.1 accepts the very same client in this JVM. */
	@Test
	void jdkInTestsShouldPermitTls11SoARefusalComesFromTheService() throws Exception {
		SSLContext serverContext = SSLContext.getInstance("TLS");
		serverContext.init(keyManagers(), null, null);
		try (SSLServerSocket server = (SSLServerSocket) serverContext.getServerSocketFactory().createServerSocket(0)) {
			server.setEnabledProtocols(new String[] { "TLSv1.1", "TLSv1.2" });
			CompletableFuture<String> accepted = CompletableFuture.supplyAsync(() -> {
				try (SSLSocket peer = (SSLSocket) server.accept()) {
					peer.startHandshake();
					return peer.getSession().getProtocol();
				}
				catch (Exception ex) {
					return ex.toString();
				}
			});
			try (SSLSocket socket = clientSocket(server.getLocalPort(), "TLSv1.1")) {
				socket.startHandshake();
				assertThat(socket.getSession().getProtocol()).isEqualTo("TLSv1.1");
			}
			assertThat(accepted.get(30, TimeUnit.SECONDS)).isEqualTo("TLSv1.1");
		}
	}

	private static SSLSocket clientSocket(int port, String protocol) throws Exception {
		SSLContext context = Certificates.trusting(generatedCertificate());
		SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket("localhost", port);
		socket.setSoTimeout(30_000);
		socket.setEnabledProtocols(new String[] { protocol });
		return socket;
	}

	private static javax.net.ssl.KeyManager[] keyManagers() throws Exception {
		char[] password = Files.readString(dataDir.resolve(Certificates.PASSWORD), StandardCharsets.UTF_8)
			.trim()
			.toCharArray();
		KeyStore keyStore = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(dataDir.resolve(Certificates.KEYSTORE))) {
			keyStore.load(in, password);
		}
		KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
		factory.init(keyStore, password);
		return factory.getKeyManagers();
	}

}
