package io.github.macmanuf.refresh;

import java.time.Clock;

import io.github.macmanuf.registry.RegistrySnapshot;
import io.github.macmanuf.store.ImportAttempt;
import io.github.macmanuf.store.ImportRecord;
import io.github.macmanuf.store.RegistryStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At startup: fills an empty database from the last good download kept in the data folder, or from the bundled
 * snapshot when there is none, then loads the stored entries into the in-memory index. A database that already
 * holds an import is used as it is. Nothing here touches the network.
 */
@Component
class RegistryLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(RegistryLoader.class);

	private final RegistryStore store;

	private final ServedData served;

	private final DownloadFolder folder;

	private final Clock clock;

	RegistryLoader(RegistryStore store, ServedData served, DownloadFolder folder, Clock clock) {
		this.store = store;
		this.served = served;
		this.folder = folder;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.folder.removeLeftovers();
		if (this.store.currentImport().isEmpty()) {
			long start = System.nanoTime();
			SnapshotFiles files = keptOrBundled();
			RegistrySnapshot snapshot = files.snapshot();
			long storeStart = System.nanoTime();
			ImportRecord record = this.served.reimport(snapshot,
					() -> ImportAttempt.initial(this.clock.instant(), snapshot, files.headerDate()));
			long end = System.nanoTime();
			log.info("Imported {}: {} manuf + {} wka entries, {} lines skipped, sha256 {}, header date {}, in {} ms"
					+ " (database {} ms)", record.getSource(), record.getManufEntries(), record.getWkaEntries(),
					record.getRejectedLines(), record.getSha256(), files.headerDate(), (end - start) / 1_000_000,
					(end - storeStart) / 1_000_000);
		}
		else {
			this.served.reload();
		}
	}

	/** The kept download when it is there and reads as a registry, else the snapshot in the jar. */
	private SnapshotFiles keptOrBundled() {
		if (this.folder.hasKept()) {
			try {
				SnapshotFiles kept = SnapshotFiles.read(this.folder.kept(DownloadFolder.MANUF),
						this.folder.kept(DownloadFolder.WKA), this.folder.kept(DownloadFolder.MANUF).toUri().toString());
				SnapshotCheck.complete(kept.snapshot(), null, 0, false);
				return kept;
			}
			catch (RuntimeException ex) {
				log.warn("The kept download in {} is unusable ({}); using the bundled snapshot",
						this.folder.kept(DownloadFolder.MANUF).getParent(), ex.getMessage());
			}
		}
		return new SnapshotFiles(BundledSnapshot.read(), BundledSnapshot.headerDate());
	}

}
