package io.github.macmanuf.registry;

import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

/**
 * Lookup meters, registered once so a lookup only increments: {@code manuf.lookups} by outcome (hit, miss,
 * malformed), {@code manuf.lookup.latency}, and {@code manuf.bulk.size} for bulk requests.
 */
@Component
public class LookupMetrics {

	private final Counter hits;

	private final Counter misses;

	private final Counter malformed;

	private final Timer latency;

	private final DistributionSummary bulkSizes;

	public LookupMetrics(MeterRegistry meters) {
		this.hits = outcome(meters, "hit");
		this.misses = outcome(meters, "miss");
		this.malformed = outcome(meters, "malformed");
		this.latency = Timer.builder("manuf.lookup.latency")
			.description("Time to parse and match one address")
			.register(meters);
		this.bulkSizes = DistributionSummary.builder("manuf.bulk.size")
			.description("Addresses per bulk lookup request")
			.baseUnit("addresses")
			.register(meters);
	}

	void hit(long startNanos) {
		this.hits.increment();
		took(startNanos);
	}

	void miss(long startNanos) {
		this.misses.increment();
		took(startNanos);
	}

	void malformed(long startNanos) {
		this.malformed.increment();
		took(startNanos);
	}

	/** Records the number of addresses in one bulk request (for the bulk endpoint). */
	public void bulkSize(int addresses) {
		this.bulkSizes.record(addresses);
	}

	private void took(long startNanos) {
		this.latency.record(System.nanoTime() - startNanos, TimeUnit.NANOSECONDS);
	}

	private static Counter outcome(MeterRegistry meters, String outcome) {
		return Counter.builder("manuf.lookups")
			.description("Single-address lookups by outcome")
			.tag("outcome", outcome)
			.register(meters);
	}

}
