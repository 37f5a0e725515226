package io.github.macmanuf.tls;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Base64;

/** Writes a key and certificate the way a user would bring them: a PKCS#12 keystore, or a PEM pair. */
final class UserKeyFiles {

	private UserKeyFiles() {
	}

	static Path pkcs12(Path dir, SelfSignedCertificateFactory.Issued issued, String password)
			throws IOException, GeneralSecurityException {
		KeyStore keyStore = KeyStore.getInstance("PKCS12");
		keyStore.load(null, null);
		keyStore.setKeyEntry("server", issued.keyPair().getPrivate(), password.toCharArray(),
				new Certificate[] { issued.certificate() });
		Path file = dir.resolve("user.p12");
		try (OutputStream out = Files.newOutputStream(file)) {
			keyStore.store(out, password.toCharArray());
		}
		return file;
	}

	/** The certificate file and the (PKCS#8) private key file. */
	static Path[] pem(Path dir, SelfSignedCertificateFactory.Issued issued)
			throws IOException, GeneralSecurityException {
		Path certificate = dir.resolve("user-cert.pem");
		Files.write(certificate, GeneratedKeyStore.pem(issued.certificate()));
		Path key = dir.resolve("user-key.pem");
		Files.writeString(key, "-----BEGIN PRIVATE KEY-----\n"
				+ Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
					.encodeToString(issued.keyPair().getPrivate().getEncoded())
				+ "\n-----END PRIVATE KEY-----\n", StandardCharsets.US_ASCII);
		return new Path[] { certificate, key };
	}

}
