package io.github.macmanuf.refresh;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where the registry files come from, under {@code manuf.source.*} (environment: {@code MANUF_SOURCE_*}).
 *
 * @param manufUrl the {@code manuf} file: an http(s) URL, a {@code file:} URL or a local path; {@code .gz} is fine
 * @param wkaUrl the {@code wka} file, likewise
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for the response headers, and for each next piece of the body
 * @param maxSize the largest file accepted (uncompressed)
 */
@ConfigurationProperties("manuf.source")
public record SourceProperties(
		@DefaultValue("https://www.wireshark.org/download/automated/data/manuf") String manufUrl,
		@DefaultValue("https://www.wireshark.org/download/automated/data/wka") String wkaUrl,
		@DefaultValue("10s") Duration connectTimeout, @DefaultValue("60s") Duration readTimeout,
		@DefaultValue("64MB") DataSize maxSize) {

	/** The {@code manuf} source as shown in logs, history and info: no user info, no query. */
	public String manufDisplay() {
		return SourceLocation.displayOf(this.manufUrl);
	}

	/** The {@code wka} source as shown in logs, history and info. */
	public String wkaDisplay() {
		return SourceLocation.displayOf(this.wkaUrl);
	}

}
