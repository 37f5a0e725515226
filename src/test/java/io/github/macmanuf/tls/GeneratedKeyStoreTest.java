package io.github.macmanuf.tls;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import io.github.macmanuf.support.Certificates;
import io.github.macmanuf.tls.TlsProperties.HttpMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The self-signed keystore in a real temporary data folder: made once, reused, renewed, kept owner-only. */
@ExtendWith(OutputCaptureExtension.class)
class GeneratedKeyStoreTest {

	static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

	@TempDir
	Path dataDir;

	@Test
	void loadOrCreateWhenFolderEmptyShouldWriteOwnerOnlyKeystorePasswordAndPublicPem() throws Exception {
		StoredKeyStore stored = keyStore(List.of(), NOW).loadOrCreate();
		assertThat(permissions(Certificates.KEYSTORE)).isEqualTo("rw-------");
		assertThat(permissions(Certificates.PASSWORD)).isEqualTo("rw-------");
		assertThat(permissions(Certificates.PEM)).isEqualTo("rw-r--r--");
		assertThat(Files.readString(this.dataDir.resolve(Certificates.PASSWORD), StandardCharsets.UTF_8))
			.isEqualTo(stored.password())
			.hasSizeGreaterThanOrEqualTo(40);
		assertThat(Certificates.generated(this.dataDir)).isEqualTo(stored.certificate());
		assertThat(readPem()).isEqualTo(stored.certificate());
		assertThat(stored.keyStore().isKeyEntry(GeneratedKeyStore.ALIAS)).isTrue();
		assertThat(stored.summary().sha256()).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
		assertThat(stored.summary().publicKeyPin()).matches("sha256//[A-Za-z0-9+/]{43}=");
	}

	@Test
	void loadOrCreateShouldNameLoopbackHostAndExtraNamesForTheConfiguredValidity() throws Exception {
		X509Certificate certificate = keyStore(List.of("manuf.example.org", "192.0.2.7"), NOW).loadOrCreate()
			.certificate();
		String host = InetAddress.getLocalHost().getHostName().toLowerCase();
		assertThat(CertificateSummary.alternativeNames(certificate)).contains("localhost", host, "127.0.0.1",
				"0:0:0:0:0:0:0:1", "manuf.example.org", "192.0.2.7");
		assertThat(certificate.getSubjectX500Principal().getName()).contains("CN=localhost");
		assertThat(certificate.getNotAfter().toInstant()).isEqualTo(NOW.plus(Duration.ofDays(825)));
		assertThat(certificate.getNotBefore().toInstant()).isBefore(NOW);
		assertThat(certificate.getBasicConstraints()).isEqualTo(-1);
		assertThat(certificate.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.1");
		certificate.verify(certificate.getPublicKey());
	}

	@Test
	void loadOrCreateWhenKeystoreExistsShouldReuseIt() {
		StoredKeyStore first = keyStore(List.of(), NOW).loadOrCreate();
		StoredKeyStore second = keyStore(List.of(), NOW.plus(Duration.ofDays(700))).loadOrCreate();
		assertThat(second.certificate()).isEqualTo(first.certificate());
		assertThat(second.password()).isEqualTo(first.password());
	}

	@Test
	void loadOrCreateWhenCertificateExpiresWithinRenewBeforeShouldRenewAndLog(CapturedOutput output) {
		StoredKeyStore first = keyStore(List.of(), NOW).loadOrCreate();
		Instant later = NOW.plus(Duration.ofDays(800));
		StoredKeyStore renewed = keyStore(List.of(), later).loadOrCreate();
		assertThat(renewed.certificate()).isNotEqualTo(first.certificate());
		assertThat(renewed.certificate().getNotAfter().toInstant()).isEqualTo(later.plus(Duration.ofDays(825)));
		assertThat(Certificates.generated(this.dataDir)).isEqualTo(renewed.certificate());
		assertThat(output).contains("Renewing the self-signed HTTPS certificate " + first.summary().sha256())
			.contains("it expires " + first.summary().notAfter());
	}

	@Test
	void loadOrCreateWhenCertificateHasExpiredShouldRenew() {
		StoredKeyStore first = keyStore(List.of(), NOW).loadOrCreate();
		StoredKeyStore renewed = keyStore(List.of(), NOW.plus(Duration.ofDays(1000))).loadOrCreate();
		assertThat(renewed.summary().sha256()).isNotEqualTo(first.summary().sha256());
	}

	@Test
	void loadOrCreateWhenExtraNameAddedShouldRenewButNotWhenAlreadyNamed(CapturedOutput output) {
		StoredKeyStore first = keyStore(List.of("a.example.org", "::1"), NOW).loadOrCreate();
		assertThat(keyStore(List.of("A.example.org", "0:0:0:0:0:0:0:1"), NOW).loadOrCreate().certificate())
			.isEqualTo(first.certificate());
		StoredKeyStore renewed = keyStore(List.of("a.example.org", "b.example.org"), NOW).loadOrCreate();
		assertThat(renewed.certificate()).isNotEqualTo(first.certificate());
		assertThat(renewed.summary().names()).contains("a.example.org", "b.example.org");
		assertThat(output).contains("does not name [b.example.org]");
	}

	@Test
	void loadOrCreateWhenKeystoreUnreadableShouldMakeANewOne(CapturedOutput output) throws Exception {
		Files.writeString(this.dataDir.resolve(Certificates.KEYSTORE), "not a keystore");
		Files.writeString(this.dataDir.resolve(Certificates.PASSWORD), "secret");
		StoredKeyStore stored = keyStore(List.of(), NOW).loadOrCreate();
		assertThat(Certificates.generated(this.dataDir)).isEqualTo(stored.certificate());
		assertThat(output).contains("Cannot read");
	}

	@Test
	void loadOrCreateWhenFilesReadableByOthersShouldMakeThemOwnerOnly() throws Exception {
		keyStore(List.of(), NOW).loadOrCreate();
		Files.setPosixFilePermissions(this.dataDir.resolve(Certificates.KEYSTORE),
				PosixFilePermissions.fromString("rw-r--r--"));
		Files.delete(this.dataDir.resolve(Certificates.PEM));
		keyStore(List.of(), NOW).loadOrCreate();
		assertThat(permissions(Certificates.KEYSTORE)).isEqualTo("rw-------");
		assertThat(readPem()).isEqualTo(Certificates.generated(this.dataDir));
	}

	private GeneratedKeyStore keyStore(List<String> extraNames, Instant now) {
		var tls = new TlsProperties(true, 0, "", HttpMode.SERVE, extraNames, Duration.ofDays(825),
				Duration.ofDays(30));
		return new GeneratedKeyStore(this.dataDir, tls, Clock.fixed(now, ZoneOffset.UTC));
	}

	private String permissions(String file) throws Exception {
		return PosixFilePermissions.toString(Files.getPosixFilePermissions(this.dataDir.resolve(file)));
	}

	private X509Certificate readPem() throws Exception {
		try (var in = Files.newInputStream(this.dataDir.resolve(Certificates.PEM))) {
			return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
		}
	}

}
