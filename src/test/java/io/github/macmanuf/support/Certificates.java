package io.github.macmanuf.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;
import javax.net.ssl.TrustManagerFactory;

import io.github.macmanuf.tls.CertificateSummary;

/**
 * Test-side certificate handling: reads the keystore the service generated, and builds clients that trust exactly
 * one certificate (never trust-all), as a user pinning the self-signed certificate would.
 */
public final class Certificates {

	public static final String KEYSTORE = "https-keystore.p12";

	public static final String PASSWORD = "https-keystore.password";

	public static final String PEM = "https-certificate.pem";

	private Certificates() {
	}

	/** The certificate in the generated keystore of {@code dataDir}, opened with the password file beside it. */
	public static X509Certificate generated(Path dataDir) {
		try (InputStream in = Files.newInputStream(dataDir.resolve(KEYSTORE))) {
			char[] password = Files.readString(dataDir.resolve(PASSWORD), StandardCharsets.UTF_8).trim().toCharArray();
			KeyStore keyStore = KeyStore.getInstance("PKCS12");
			keyStore.load(in, password);
			String alias = keyStore.aliases().nextElement();
			return (X509Certificate) keyStore.getCertificate(alias);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A TLS client context whose only trust anchor is {@code certificate}. */
	public static SSLContext trusting(X509Certificate certificate) {
		try {
			KeyStore trustStore = KeyStore.getInstance("PKCS12");
			trustStore.load(null, null);
			trustStore.setCertificateEntry("pinned", certificate);
			TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
			trust.init(trustStore);
			SSLContext context = SSLContext.getInstance("TLS");
			context.init(null, trust.getTrustManagers(), null);
			return context;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static String sha256(X509Certificate certificate) {
		return CertificateSummary.sha256(certificate);
	}

	static X509Certificate peer(SSLSession session) {
		try {
			return (X509Certificate) session.getPeerCertificates()[0];
		}
		catch (SSLPeerUnverifiedException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
