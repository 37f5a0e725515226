package io.github.macmanuf.tls;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;

/**
 * What a log line or a user needs to know of a certificate: subject, SHA-256 fingerprint (colon-separated
 * upper-case hex, as {@code openssl x509 -fingerprint -sha256} prints it), expiry and alternative names.
 */
public record CertificateSummary(String subject, String sha256, Instant notAfter, List<String> names) {

	public static CertificateSummary of(X509Certificate certificate) {
		return new CertificateSummary(certificate.getSubjectX500Principal().getName(), sha256(certificate),
				certificate.getNotAfter().toInstant(), alternativeNames(certificate));
	}

	public static String sha256(X509Certificate certificate) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
			return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("cannot fingerprint a certificate", ex);
		}
	}

	/** DNS names and IP addresses from the subject alternative name extension, as text. */
	static List<String> alternativeNames(X509Certificate certificate) {
		try {
			Collection<List<?>> names = certificate.getSubjectAlternativeNames();
			return (names != null) ? names.stream().map((name) -> String.valueOf(name.get(1))).toList() : List.of();
		}
		catch (CertificateParsingException ex) {
			return List.of();
		}
	}

	/** Whether the certificate is no longer valid at {@code deadline}. */
	public boolean expiresBefore(Instant deadline) {
		return !this.notAfter.isAfter(deadline);
	}

}
