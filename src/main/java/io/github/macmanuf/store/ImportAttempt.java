package io.github.macmanuf.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import io.github.macmanuf.registry.RegistrySnapshot;

/**
 * One import or refresh attempt as kept in the history: when, why, from where, what came back, and how it went.
 *
 * @param at when the attempt finished
 * @param trigger why it ran: {@code initial} (first start), {@code startup}, {@code scheduled} or {@code manual}
 * @param source where the {@code manuf} file came from (URL, path or bundled snapshot)
 * @param wkaSource where the {@code wka} file came from
 * @param httpStatus the HTTP status that decided the outcome, or {@code null} for files and network errors
 * @param bytes how many (uncompressed) bytes were downloaded
 * @param sha256 hex SHA-256 over both files, or {@code null} when they were not read
 * @param manufEntries entries read from {@code manuf}
 * @param wkaEntries entries read from {@code wka}
 * @param rejectedLines lines that could not be read
 * @param headerDate the newest date in the {@code manuf} file's header, or {@code null} when it has none
 * @param outcome {@code imported}, {@code unchanged} or {@code failed}
 * @param error why it failed, or {@code null}
 * @param durationMs how long it took
 */
public record ImportAttempt(Instant at, String trigger, String source, String wkaSource, Integer httpStatus,
		long bytes, String sha256, int manufEntries, int wkaEntries, int rejectedLines, Instant headerDate,
		String outcome, String error, long durationMs) {

	public static final String IMPORTED = "imported";

	public static final String UNCHANGED = "unchanged";

	public static final String FAILED = "failed";

	public static final String TRIGGER_INITIAL = "initial";

	/** A first-start import of {@code snapshot} (bundled or kept copy); nothing was downloaded. */
	public static ImportAttempt initial(Instant at, RegistrySnapshot snapshot, Instant headerDate) {
		return new ImportAttempt(at.truncatedTo(ChronoUnit.MILLIS), TRIGGER_INITIAL, snapshot.origin(), snapshot.origin(), null, 0, snapshot.sha256(),
				snapshot.manuf().entries().size(), snapshot.wka().entries().size(), snapshot.rejectedLines(),
				headerDate, IMPORTED, null, 0);
	}

	public boolean failed() {
		return FAILED.equals(this.outcome);
	}

	public boolean imported() {
		return IMPORTED.equals(this.outcome);
	}

}
