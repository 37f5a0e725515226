package io.github.macmanuf.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The write token, {@code manuf.api-token} (environment: {@code MANUF_API_TOKEN}).
 *
 * @param apiToken the bearer token writes must send; empty (the default) refuses every write
 */
@ConfigurationProperties("manuf")
public record TokenProperties(@DefaultValue("") String apiToken) {

	public boolean writesEnabled() {
		return !this.apiToken.isBlank();
	}

}
