package io.github.macmanuf.tls;

import java.security.KeyStore;
import java.security.cert.X509Certificate;

import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundleKey;
import org.springframework.boot.ssl.SslStoreBundle;

/** A loaded PKCS#12 keystore with its password and server certificate. */
record StoredKeyStore(KeyStore keyStore, String password, X509Certificate certificate) {

	CertificateSummary summary() {
		return CertificateSummary.of(this.certificate);
	}

	/** The keystore as a Spring Boot SSL bundle limited to TLS 1.2 and 1.3. */
	SslBundle toBundle() {
		return SslBundle.of(SslStoreBundle.of(this.keyStore, this.password, null),
				SslBundleKey.of(this.password, GeneratedKeyStore.ALIAS), TlsProtocols.OPTIONS);
	}

}
