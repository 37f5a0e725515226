package io.github.macmanuf.cors;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.convert.DurationUnit;

/**
 * Cross-origin rules for {@code /chilcano/api/**}, under {@code manuf.cors.*} (environment: {@code MANUF_CORS_*}).
 * Reads (the read methods, and the bulk {@code POST /chilcano/api/manuf/lookup}) are open to the read origins;
 * every other method is a write, allowed only from the write origins, which may also send {@code Authorization}.
 * Origins are Spring origin patterns: {@code *}, {@code https://app.example.org}, {@code https://*.example.org}.
 *
 * @param enabled whether cross-origin requests are answered at all
 * @param readOrigins origins allowed to read
 * @param readMethods methods that count as reads
 * @param readHeaders request headers a read may carry
 * @param writeOrigins origins allowed to write; none by default
 * @param writeMethods methods the write origins may use besides the read methods
 * @param writeHeaders request headers a write may carry
 * @param exposedHeaders response headers scripts may read
 * @param maxAge how long a browser may cache a preflight answer (plain numbers are seconds)
 */
@ConfigurationProperties("manuf.cors")
public record CorsProperties(@DefaultValue("true") boolean enabled, @DefaultValue("*") List<String> readOrigins,
		@DefaultValue({ "GET", "HEAD", "OPTIONS" }) List<String> readMethods,
		@DefaultValue("Content-Type") List<String> readHeaders, @DefaultValue List<String> writeOrigins,
		@DefaultValue({ "POST", "PUT", "PATCH", "DELETE" }) List<String> writeMethods,
		@DefaultValue({ "Authorization", "Content-Type" }) List<String> writeHeaders,
		@DefaultValue({ "Location", "Retry-After", "WWW-Authenticate" }) List<String> exposedHeaders,
		@DefaultValue("30m") @DurationUnit(ChronoUnit.SECONDS) Duration maxAge) {
}
