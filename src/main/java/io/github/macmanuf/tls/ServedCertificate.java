package io.github.macmanuf.tls;

import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.Optional;

import org.springframework.boot.ssl.SslBundle;

/** Finds the server certificate an SSL bundle will present: the one under its key alias, else the first key entry. */
final class ServedCertificate {

	private ServedCertificate() {
	}

	static Optional<CertificateSummary> of(SslBundle bundle) {
		KeyStore keyStore = bundle.getStores().getKeyStore();
		if (keyStore == null) {
			return Optional.empty();
		}
		try {
			String alias = bundle.getKey().getAlias();
			if (alias == null) {
				alias = Collections.list(keyStore.aliases())
					.stream()
					.filter((candidate) -> isKeyEntry(keyStore, candidate))
					.findFirst()
					.orElse(null);
			}
			return (alias != null && keyStore.getCertificate(alias) instanceof X509Certificate certificate)
					? Optional.of(CertificateSummary.of(certificate)) : Optional.empty();
		}
		catch (KeyStoreException ex) {
			return Optional.empty();
		}
	}

	private static boolean isKeyEntry(KeyStore keyStore, String alias) {
		try {
			return keyStore.isKeyEntry(alias);
		}
		catch (KeyStoreException ex) {
			return false;
		}
	}

}
