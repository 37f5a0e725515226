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

	/** A source that is not an http(s) URL, a file: URL or a path stops the start, not the first refresh. */
	public SourceProperties {
		check("manuf.source.manuf-url", manufUrl);
		check("manuf.source.wka-url", wkaUrl);
	}

	private static void check(String property, String source) {
		try {
			SourceLocation.of(source);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(property + ": " + ex.getMessage());
		}
	}

	/** The {@code manuf} source as shown in logs, history and info: no user info, no query. */
	public String manufDisplay() {
		return SourceLocation.displayOf(this.manufUrl);
	}

	/** The {@code wka} source as shown in logs, history and info. */
	public String wkaDisplay() {
		return SourceLocation.displayOf(this.wkaUrl);
	}

}
