package io.github.macmanuf.refresh;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the registry is refreshed from its source, under {@code manuf.refresh.*} (environment:
 * {@code MANUF_REFRESH_*}).
 *
 * @param enabled whether the service checks the source by itself (at startup and on the schedule); {@code false}
 * means offline: only {@code POST /chilcano/api/admin/refresh} fetches
 * @param startupDelay how long after startup the first check runs (in the background)
 * @param interval time between checks after a good one; {@code 0} checks only at startup
 * @param retryDelay the first wait after a failed check, doubled after each further failure up to {@code interval}
 * @param minEntryRatio a new file with fewer entries than this share of the current import's is refused as
 * truncated, unless forced
 * @param maxDataAge data not confirmed by the source for longer than this is reported stale in health
 */
@ConfigurationProperties("manuf.refresh")
public record RefreshProperties(@DefaultValue("true") boolean enabled, @DefaultValue("5s") Duration startupDelay,
		@DefaultValue("24h") Duration interval, @DefaultValue("15m") Duration retryDelay,
		@DefaultValue("0.9") double minEntryRatio, @DefaultValue("30d") Duration maxDataAge) {

	public boolean scheduled() {
		return this.enabled && !this.interval.isNegative() && !this.interval.isZero();
	}

}
