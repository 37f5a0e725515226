package io.github.macmanuf.tls;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.convert.DurationUnit;
import org.springframework.util.StringUtils;

/**
 * HTTPS settings, under {@code manuf.tls.*} (environment: {@code MANUF_TLS_*}).
 *
 * @param enabled whether the HTTPS connector runs at all
 * @param port HTTPS port; 0 picks a free one
 * @param bundle name of a {@code spring.ssl.bundle.*} bundle to serve; empty: a self-signed keystore is made
 * @param http what the HTTP port ({@code server.port}) does beside HTTPS: serve, redirect to HTTPS, or be off
 * @param extraNames host names and IP addresses the generated certificate names besides the local ones
 * @param validity how long a generated certificate is valid (plain numbers are days)
 * @param renewBefore a generated certificate that expires within this time is replaced on start
 */
@ConfigurationProperties("manuf.tls")
public record TlsProperties(@DefaultValue("true") boolean enabled, @DefaultValue("5443") int port,
		@DefaultValue("") String bundle, @DefaultValue("serve") HttpMode http, @DefaultValue List<String> extraNames,
		@DefaultValue("825d") @DurationUnit(ChronoUnit.DAYS) Duration validity,
		@DefaultValue("30d") @DurationUnit(ChronoUnit.DAYS) Duration renewBefore) {

	/** Name under which the generated keystore is registered as an SSL bundle. */
	public static final String GENERATED_BUNDLE = "manuf-self-signed";

	public TlsProperties {
		if (!enabled && http != HttpMode.SERVE) {
			throw new IllegalArgumentException(
					"manuf.tls.http=" + http.name().toLowerCase() + " needs HTTPS: set manuf.tls.enabled=true");
		}
		if (validity.compareTo(renewBefore) <= 0) {
			throw new IllegalArgumentException("manuf.tls.validity must be longer than manuf.tls.renew-before");
		}
	}

	/** Whether the certificate comes from the data folder rather than a configured bundle. */
	public boolean generated() {
		return !StringUtils.hasText(this.bundle);
	}

	/** The SSL bundle the HTTPS connector serves. */
	public String bundleName() {
		return generated() ? GENERATED_BUNDLE : this.bundle.trim();
	}

	/** What the HTTP connector does while HTTPS runs. */
	public enum HttpMode {

		/** Answer requests over plain HTTP as over HTTPS. */
		SERVE,

		/** Answer every plain HTTP request with a redirect to the same URL on the HTTPS port. */
		REDIRECT,

		/** No HTTP connector: HTTPS only. */
		OFF

	}

}
