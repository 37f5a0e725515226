package io.github.macmanuf.tls;

import java.util.List;
import java.util.Set;

import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslOptions;

/** HTTPS speaks TLS 1.3 and 1.2 only, whatever bundle supplies the key. */
final class TlsProtocols {

	static final Set<String> ALLOWED = Set.of("TLSv1.3", "TLSv1.2");

	static final SslOptions OPTIONS = SslOptions.of(null, new String[] { "TLSv1.3", "TLSv1.2" });

	private TlsProtocols() {
	}

	/**
	 * The bundle limited to TLS 1.2 and 1.3: a bundle that names no protocols gets both; one that names an
	 * older protocol is refused, since silently dropping a setting would hide a mistake.
	 */
	static SslBundle restrict(String name, SslBundle bundle) {
		String[] protocols = bundle.getOptions().getEnabledProtocols();
		if (protocols != null && protocols.length > 0) {
			List<String> refused = List.of(protocols).stream().filter((p) -> !ALLOWED.contains(p)).toList();
			if (!refused.isEmpty()) {
				throw new IllegalStateException("SSL bundle '" + name + "' enables " + refused
						+ "; mac-manuf serves only TLSv1.2 and TLSv1.3");
			}
			return bundle;
		}
		return SslBundle.of(bundle.getStores(), bundle.getKey(),
				SslOptions.of(bundle.getOptions().getCiphers(), OPTIONS.getEnabledProtocols()), bundle.getProtocol(),
				bundle.getManagers());
	}

}
