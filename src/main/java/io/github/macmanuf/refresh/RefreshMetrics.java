package io.github.macmanuf.refresh;

import java.time.Clock;
import java.util.Map;

import io.github.macmanuf.registry.RegistryService;
import io.github.macmanuf.store.ImportAttempt;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * Refresh meters: {@code manuf.refresh} counted by outcome, {@code manuf.data.age} (seconds since the data was
 * known current) and {@code manuf.registry.entries} (size of the served index).
 */
@Component
class RefreshMetrics {

	private final Map<String, Counter> outcomes;

	RefreshMetrics(MeterRegistry meters, RefreshStatus status, RegistryService registry, Clock clock) {
		this.outcomes = Map.of(ImportAttempt.IMPORTED, outcome(meters, ImportAttempt.IMPORTED),
				ImportAttempt.UNCHANGED, outcome(meters, ImportAttempt.UNCHANGED), ImportAttempt.FAILED,
				outcome(meters, ImportAttempt.FAILED));
		Gauge.builder("manuf.data.age", status, (s) -> (s.dataVersion() != null)
				? s.dataVersion().age(clock.instant()).toSeconds() : Double.NaN)
			.description("Seconds since the served data was known to be current")
			.baseUnit("seconds")
			.register(meters);
		Gauge.builder("manuf.registry.entries", registry, (r) -> r.isReady() ? r.currentIndex().size() : Double.NaN)
			.description("Entries in the served index")
			.register(meters);
	}

	void count(ImportAttempt attempt) {
		this.outcomes.get(attempt.outcome()).increment();
	}

	private static Counter outcome(MeterRegistry meters, String outcome) {
		return Counter.builder("manuf.refresh")
			.description("Refresh attempts by outcome")
			.tag("outcome", outcome)
			.register(meters);
	}

}
