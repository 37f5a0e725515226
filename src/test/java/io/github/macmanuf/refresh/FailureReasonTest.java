package io.github.macmanuf.refresh;

import java.io.IOException;

import javax.net.ssl.SSLHandshakeException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Failures read as one line of plain language: what went wrong where, and never a Java class name. */
class FailureReasonTest {

	private static final SourceLocation FILE = SourceLocation.of("/srv/registry");

	private static final SourceLocation HTTPS = SourceLocation.of("https://mirror.example/manuf");

	@Test
	void unknownFailureShouldSayWhatCouldNotBeReadWithoutItsClass() {
		assertThat(FailureReason.describe(new IOException("Is a directory"), FILE))
			.isEqualTo("cannot read file:///srv/registry: Is a directory");
		assertThat(FailureReason.describe(new IllegalArgumentException("Illegal character in path at index 16"), null))
			.isEqualTo("cannot read the source: Illegal character in path at index 16");
	}

	@Test
	void untrustedCertificateShouldSaySoWithoutTheJdkInternals() {
		var pkix = new SSLHandshakeException("PKIX path building failed: sun.security.provider.certpath."
				+ "SunCertPathBuilderException: unable to find valid certification path to requested target");
		assertThat(FailureReason.describe(new IOException(pkix), HTTPS))
			.isEqualTo("TLS failure with mirror.example: its certificate is not trusted by this JVM");
	}

	@Test
	void classNamesInsideAMessageShouldBeDropped() {
		assertThat(FailureReason.plain("wrapped: java.io.IOException: disk full")).isEqualTo("wrapped: disk full");
		assertThat(FailureReason.plain("plain words: nothing to drop")).isEqualTo("plain words: nothing to drop");
	}

}
