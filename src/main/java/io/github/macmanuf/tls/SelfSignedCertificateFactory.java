package io.github.macmanuf.tls;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.util.IPAddress;

/**
 * Makes an EC P-256 key and a self-signed X.509 server certificate for it with BouncyCastle; the JDK's default
 * providers do the cryptography, so no security provider is installed.
 */
public final class SelfSignedCertificateFactory {

	private static final SecureRandom RANDOM = new SecureRandom();

	/** Clients with a slightly slow clock must not see a certificate from the future. */
	private static final Duration BACKDATE = Duration.ofHours(1);

	private SelfSignedCertificateFactory() {
	}

	/** A new key pair and a certificate naming {@code names} (the first is the subject CN), valid from now. */
	public static Issued issue(Collection<String> names, Instant now, Duration validity) {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
			generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
			KeyPair keyPair = generator.generateKeyPair();
			X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.O, "mac-manuf self-signed")
				.addRDN(BCStyle.CN, names.iterator().next())
				.build();
			X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
					new BigInteger(159, RANDOM).add(BigInteger.ONE), Date.from(now.minus(BACKDATE)),
					Date.from(now.plus(validity)), subject, keyPair.getPublic());
			var extensions = new JcaX509ExtensionUtils();
			builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
				.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
				.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
				.addExtension(Extension.subjectAlternativeName, false, alternativeNames(names))
				.addExtension(Extension.subjectKeyIdentifier, false,
						extensions.createSubjectKeyIdentifier(keyPair.getPublic()));
			X509Certificate certificate = new JcaX509CertificateConverter()
				.getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keyPair.getPrivate())));
			return new Issued(keyPair, certificate);
		}
		catch (GeneralSecurityException | OperatorCreationException | CertIOException ex) {
			throw new IllegalStateException("cannot make a self-signed certificate", ex);
		}
	}

	private static GeneralNames alternativeNames(Collection<String> names) {
		return new GeneralNames(names.stream()
			.map((name) -> new GeneralName(isIpAddress(name) ? GeneralName.iPAddress : GeneralName.dNSName, name))
			.toArray(GeneralName[]::new));
	}

	static boolean isIpAddress(String name) {
		return IPAddress.isValid(name);
	}

	/** A key pair and its certificate. */
	public record Issued(KeyPair keyPair, X509Certificate certificate) {
	}

}
