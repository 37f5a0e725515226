package io.github.macmanuf.ops;

import java.time.Clock;
import java.time.Duration;

import io.github.macmanuf.refresh.DataVersion;
import io.github.macmanuf.refresh.RefreshProperties;
import io.github.macmanuf.refresh.RefreshStatus;
import io.github.macmanuf.store.ImportAttempt;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * Health {@code dataAge}: {@code STALE} (HTTP 200, not in the readiness group) when the data was last known current
 * longer ago than {@code manuf.refresh.max-data-age}, else UP; details say how old and how the last check went.
 */
@Component("dataAge")
class DataAgeHealthIndicator implements HealthIndicator {

	static final Status STALE = new Status("STALE", "the data is older than manuf.refresh.max-data-age");

	private final RefreshStatus status;

	private final RefreshProperties properties;

	private final Clock clock;

	DataAgeHealthIndicator(RefreshStatus status, RefreshProperties properties, Clock clock) {
		this.status = status;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public Health health() {
		DataVersion version = this.status.dataVersion();
		if (version == null) {
			return Health.unknown().withDetail("reason", "no data loaded yet").build();
		}
		Duration age = version.age(this.clock.instant());
		boolean stale = age.compareTo(this.properties.maxDataAge()) > 0;
		Health.Builder health = Health.status(stale ? STALE : Status.UP)
			.withDetail("current_as_of", version.currentAsOf())
			.withDetail("age_days", age.toDays())
			.withDetail("max_age_days", this.properties.maxDataAge().toDays())
			.withDetail("stale", stale)
			.withDetail("consecutive_failures", this.status.consecutiveFailures());
		ImportAttempt last = this.status.lastCheck();
		if (last != null) {
			health.withDetail("last_check", last.at()).withDetail("last_outcome", last.outcome());
			if (last.error() != null) {
				health.withDetail("last_error", last.error());
			}
		}
		return health.build();
	}

}
