package io.github.macmanuf.refresh;

import java.time.Instant;

import io.github.macmanuf.store.ImportAttempt;

import org.springframework.stereotype.Component;

/**
 * What health, info, metrics and the API may show about the data without touching the database: the served
 * {@link DataVersion}, the last check of the source and the next one.
 */
@Component
public class RefreshStatus {

	private volatile DataVersion dataVersion;

	private volatile ImportAttempt lastCheck;

	private volatile Instant nextCheckAt;

	private volatile int consecutiveFailures;

	/** The version of the served data, or {@code null} before the first index is loaded. */
	public DataVersion dataVersion() {
		return this.dataVersion;
	}

	/** The last refresh attempt of this run, or {@code null} when none has run yet. */
	public ImportAttempt lastCheck() {
		return this.lastCheck;
	}

	/** When the scheduler checks next, or {@code null} when no check is scheduled. */
	public Instant nextCheckAt() {
		return this.nextCheckAt;
	}

	public int consecutiveFailures() {
		return this.consecutiveFailures;
	}

	void dataVersion(DataVersion version) {
		this.dataVersion = version;
	}

	synchronized void checked(ImportAttempt attempt) {
		this.lastCheck = attempt;
		this.consecutiveFailures = attempt.failed() ? this.consecutiveFailures + 1 : 0;
	}

	void nextCheckAt(Instant next) {
		this.nextCheckAt = next;
	}

}
