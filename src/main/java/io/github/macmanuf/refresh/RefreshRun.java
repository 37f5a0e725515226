package io.github.macmanuf.refresh;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import io.github.macmanuf.store.ImportAttempt;
import io.github.macmanuf.store.ImportRecord;

/** One refresh in progress: builds its {@link ImportAttempt} for each way it can end. */
final class RefreshRun {

	private final String trigger;

	private final String manufSource;

	private final String wkaSource;

	private final Instant startedAt;

	private final long startNanos;

	RefreshRun(String trigger, SourceProperties source, Instant startedAt, long startNanos) {
		this.trigger = trigger;
		this.manufSource = source.manufDisplay();
		this.wkaSource = source.wkaDisplay();
		this.startedAt = startedAt;
		this.startNanos = startNanos;
	}

	ImportAttempt imported(Download manuf, Download wka, SnapshotFiles files) {
		return attempt(manuf, wka, files, files.snapshot().sha256(), ImportAttempt.IMPORTED, null, status(manuf));
	}

	/** The source had nothing new: a 304 for both files ({@code files} null) or the same hash. */
	ImportAttempt unchanged(Download manuf, Download wka, ImportRecord current, SnapshotFiles files) {
		if (files != null) {
			return attempt(manuf, wka, files, current.getSha256(), ImportAttempt.UNCHANGED, null, status(manuf));
		}
		ImportAttempt served = current.toAttempt();
		return new ImportAttempt(finishedAt(), this.trigger, this.manufSource, this.wkaSource, status(manuf), 0,
				served.sha256(), served.manufEntries(), served.wkaEntries(), served.rejectedLines(),
				served.headerDate(), ImportAttempt.UNCHANGED, null, elapsedMs());
	}

	ImportAttempt failed(Download manuf, Download wka, String error, Integer httpStatus) {
		Integer status = (httpStatus != null) ? httpStatus : status(manuf);
		return attempt(manuf, wka, null, null, ImportAttempt.FAILED, error, status);
	}

	private ImportAttempt attempt(Download manuf, Download wka, SnapshotFiles files, String sha256, String outcome,
			String error, Integer httpStatus) {
		long bytes = ((manuf != null) ? manuf.bytes() : 0) + ((wka != null) ? wka.bytes() : 0);
		int manufEntries = (files != null) ? files.snapshot().manuf().entries().size() : 0;
		int wkaEntries = (files != null) ? files.snapshot().wka().entries().size() : 0;
		int rejected = (files != null) ? files.snapshot().rejectedLines() : 0;
		return new ImportAttempt(finishedAt(), this.trigger, this.manufSource, this.wkaSource, httpStatus, bytes,
				sha256, manufEntries, wkaEntries, rejected, (files != null) ? files.headerDate() : null, outcome,
				error, elapsedMs());
	}

	private Instant finishedAt() {
		return this.startedAt.plusMillis(elapsedMs()).truncatedTo(ChronoUnit.MILLIS);
	}

	private long elapsedMs() {
		return (System.nanoTime() - this.startNanos) / 1_000_000;
	}

	private static Integer status(Download download) {
		return (download != null) ? download.fetch().httpStatus() : null;
	}

}
