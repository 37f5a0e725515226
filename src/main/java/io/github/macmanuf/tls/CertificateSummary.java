package io.github.macmanuf.tls;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;

/**
 * What a log line or a user needs to know of a certificate: subject, SHA-256 fingerprint (colon-separated
 * upper-case hex, as {@code openssl x509 -fingerprint -sha256} prints it), the public key pin for
 * {@code curl --pinnedpubkey}, expiry and alternative names.
 */
public record CertificateSummary(String subject, String sha256, String publicKeyPin, Instant notAfter,
		List<String> names) {

	public static CertificateSummary of(X509Certificate certificate) {
		return new CertificateSummary(certificate.getSubjectX500Principal().getName(), sha256(certificate),
				publicKeyPin(certificate), certificate.getNotAfter().toInstant(), alternativeNames(certificate));
	}

	public static String sha256(X509Certificate certificate) {
		try {
			return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest(certificate.getEncoded()));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("cannot fingerprint a certificate", ex);
		}
	}

	/** {@code sha256//} and the Base64 SHA-256 of the DER SubjectPublicKeyInfo (the HPKP / curl pin format). */
	static String publicKeyPin(X509Certificate certificate) {
		return "sha256//" + Base64.getEncoder().encodeToString(digest(certificate.getPublicKey().getEncoded()));
	}

	private static byte[] digest(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("no SHA-256 in this JVM", ex);
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
