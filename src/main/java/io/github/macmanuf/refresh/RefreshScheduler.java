package io.github.macmanuf.refresh;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.github.macmanuf.store.ImportAttempt;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.util.backoff.BackOffExecution;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Checks the source in the background: once shortly after startup (the service already serves what it has), then
 * every {@code manuf.refresh.interval}; after a failure sooner, with exponential backoff from
 * {@code manuf.refresh.retry-delay} up to the interval.
 */
@Component
class RefreshScheduler {

	private static final Logger log = LoggerFactory.getLogger(RefreshScheduler.class);

	private final RegistryRefresher refresher;

	private final RefreshProperties properties;

	private final RefreshStatus status;

	private final Clock clock;

	private final ScheduledExecutorService executor = Daemons.scheduler("manuf-refresh");

	private BackOffExecution backOff;

	RefreshScheduler(RegistryRefresher refresher, RefreshProperties properties, RefreshStatus status, Clock clock) {
		this.refresher = refresher;
		this.properties = properties;
		this.status = status;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		if (this.properties.enabled()) {
			schedule("startup", this.properties.startupDelay());
		}
		else {
			log.info("Automatic registry refresh is off (manuf.refresh.enabled=false)");
		}
	}

	private void schedule(String trigger, Duration delay) {
		this.status.nextCheckAt(this.clock.instant().plus(delay));
		this.executor.schedule(() -> check(trigger), delay.toMillis(), TimeUnit.MILLISECONDS);
	}

	private void check(String trigger) {
		ImportAttempt attempt;
		try {
			attempt = this.refresher.refresh(trigger, false);
		}
		catch (RuntimeException ex) {
			log.warn("Registry check failed unexpectedly: {}", ex.toString());
			attempt = null;
		}
		this.status.nextCheckAt(null);
		Duration next = nextDelay(attempt == null || attempt.failed());
		if (next != null && !this.executor.isShutdown()) {
			log.debug("Next registry check in {}", next);
			schedule("scheduled", next);
		}
	}

	/** The wait before the next check, or {@code null} when there is no schedule. */
	Duration nextDelay(boolean failed) {
		if (!this.properties.scheduled()) {
			return null;
		}
		if (!failed) {
			this.backOff = null;
			return this.properties.interval();
		}
		if (this.backOff == null) {
			var policy = new ExponentialBackOff(this.properties.retryDelay().toMillis(), 2.0);
			policy.setMaxInterval(this.properties.interval().toMillis());
			this.backOff = policy.start();
		}
		return Duration.ofMillis(this.backOff.nextBackOff());
	}

	@PreDestroy
	void stop() {
		this.executor.shutdownNow();
	}

}
