package io.github.macmanuf.tls;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The self-signed keystore in the data folder: made on first start, reused on every later start, and replaced
 * on start when its certificate has expired, is about to, or lacks a name from {@code manuf.tls.extra-names}.
 * Beside the PKCS#12 file lie its random password and the certificate as PEM (for {@code curl --cacert}).
 */
final class GeneratedKeyStore {

	static final String KEYSTORE_FILE = "https-keystore.p12";

	static final String PASSWORD_FILE = "https-keystore.password";

	static final String CERTIFICATE_FILE = "https-certificate.pem";

	static final String ALIAS = "manuf-https";

	private static final Logger log = LoggerFactory.getLogger(GeneratedKeyStore.class);

	private final Path dir;

	private final TlsProperties tls;

	private final Clock clock;

	GeneratedKeyStore(Path dir, TlsProperties tls, Clock clock) {
		this.dir = dir.toAbsolutePath().normalize();
		this.tls = tls;
		this.clock = clock;
	}

	/** The keystore to serve, made or renewed first when needed. */
	StoredKeyStore loadOrCreate() {
		Instant now = this.clock.instant();
		StoredKeyStore existing = load();
		if (existing == null) {
			return create(now);
		}
		CertificateSummary summary = existing.summary();
		if (summary.expiresBefore(now.plus(this.tls.renewBefore()))) {
			log.info("Renewing the self-signed HTTPS certificate {}: it expires {} (manuf.tls.renew-before={}d)",
					summary.sha256(), summary.notAfter(), this.tls.renewBefore().toDays());
			return create(now);
		}
		List<String> missing = LocalNames.missingFrom(summary.names(), this.tls.extraNames());
		if (!missing.isEmpty()) {
			log.info("Renewing the self-signed HTTPS certificate {}: it does not name {} from manuf.tls.extra-names",
					summary.sha256(), missing);
			return create(now);
		}
		tightenPermissions();
		writeCertificatePemIfMissing(existing.certificate());
		return existing;
	}

	private StoredKeyStore load() {
		Path keystoreFile = this.dir.resolve(KEYSTORE_FILE);
		if (!Files.exists(keystoreFile)) {
			return null;
		}
		try {
			String password = Files.readString(this.dir.resolve(PASSWORD_FILE), StandardCharsets.UTF_8).trim();
			KeyStore keyStore = KeyStore.getInstance("PKCS12");
			try (InputStream in = Files.newInputStream(keystoreFile)) {
				keyStore.load(in, password.toCharArray());
			}
			if (!(keyStore.getCertificate(ALIAS) instanceof X509Certificate certificate)
					|| !keyStore.isKeyEntry(ALIAS)) {
				log.warn("{} has no key entry '{}'; making a new self-signed certificate", keystoreFile, ALIAS);
				return null;
			}
			return new StoredKeyStore(keyStore, password, certificate);
		}
		catch (NoSuchFileException ex) {
			log.warn("{} is missing; making a new self-signed certificate", ex.getFile());
			return null;
		}
		catch (IOException | GeneralSecurityException ex) {
			log.warn("Cannot read {} ({}); making a new self-signed certificate", keystoreFile, ex.toString());
			return null;
		}
	}

	private StoredKeyStore create(Instant now) {
		List<String> names = LocalNames.of(this.tls.extraNames());
		SelfSignedCertificateFactory.Issued issued = SelfSignedCertificateFactory.issue(names, now,
				this.tls.validity());
		String password = randomPassword();
		try {
			KeyStore keyStore = KeyStore.getInstance("PKCS12");
			keyStore.load(null, null);
			keyStore.setKeyEntry(ALIAS, issued.keyPair().getPrivate(), password.toCharArray(),
					new Certificate[] { issued.certificate() });
			var bytes = new ByteArrayOutputStream();
			keyStore.store(bytes, password.toCharArray());
			OwnerOnlyFiles.write(this.dir.resolve(PASSWORD_FILE), password.getBytes(StandardCharsets.UTF_8));
			OwnerOnlyFiles.write(this.dir.resolve(KEYSTORE_FILE), bytes.toByteArray());
			OwnerOnlyFiles.write(this.dir.resolve(CERTIFICATE_FILE), pem(issued.certificate()),
					OwnerOnlyFiles.WORLD_READABLE);
			StoredKeyStore stored = new StoredKeyStore(keyStore, password, issued.certificate());
			log.info("Made a self-signed HTTPS certificate for {} in {}, valid until {}", names,
					this.dir.resolve(KEYSTORE_FILE), stored.summary().notAfter());
			return stored;
		}
		catch (IOException | GeneralSecurityException ex) {
			throw new IllegalStateException("cannot store the self-signed keystore in " + this.dir, ex);
		}
	}

	private void tightenPermissions() {
		for (String name : List.of(KEYSTORE_FILE, PASSWORD_FILE)) {
			Path file = this.dir.resolve(name);
			try {
				if (OwnerOnlyFiles.restrict(file)) {
					log.warn("{} was readable by others; it is now owner-only (0600)", file);
				}
			}
			catch (IOException ex) {
				log.warn("Cannot make {} owner-only: {}", file, ex.getMessage());
			}
		}
	}

	private void writeCertificatePemIfMissing(X509Certificate certificate) {
		Path file = this.dir.resolve(CERTIFICATE_FILE);
		if (!Files.exists(file)) {
			try {
				OwnerOnlyFiles.write(file, pem(certificate), OwnerOnlyFiles.WORLD_READABLE);
			}
			catch (IOException ex) {
				log.warn("Cannot write {}: {}", file, ex.getMessage());
			}
		}
	}

	static byte[] pem(X509Certificate certificate) throws IOException {
		var text = new StringWriter();
		try (var writer = new JcaPEMWriter(text)) {
			writer.writeObject(certificate);
		}
		return text.toString().getBytes(StandardCharsets.US_ASCII);
	}

	private static String randomPassword() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
