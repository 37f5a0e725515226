package io.github.macmanuf.refresh;

import io.github.macmanuf.store.ImportAttempt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one log line per refresh: outcome, counts, hash, size, duration, and the reason of a failure. */
final class RefreshLog {

	private static final Logger log = LoggerFactory.getLogger(RegistryRefresher.class);

	private RefreshLog() {
	}

	static void log(ImportAttempt attempt, DataVersion served, long storeMs) {
		String http = (attempt.httpStatus() != null) ? ", HTTP " + attempt.httpStatus() : "";
		if (attempt.failed()) {
			String keeping = (served != null) ? served.manufEntries() + " manuf + " + served.wkaEntries()
					+ " wka entries (sha256 " + served.sha256() + ")" : "the previous data";
			log.warn("Refresh ({}) failed after {} ms: {}; still serving {}", attempt.trigger(), attempt.durationMs(),
					attempt.error(), keeping);
			return;
		}
		String stored = (storeMs >= 0) ? " (database " + storeMs + " ms)" : "";
		log.info("Refresh ({}) {}: {} manuf + {} wka entries, {} lines skipped, sha256 {}, header date {}, {} bytes"
				+ " from {}{}, in {} ms{}", attempt.trigger(), attempt.outcome(), attempt.manufEntries(),
				attempt.wkaEntries(), attempt.rejectedLines(), attempt.sha256(), attempt.headerDate(),
				attempt.bytes(), attempt.source(), http, attempt.durationMs(), stored);
	}

}
