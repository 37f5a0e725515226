package io.github.macmanuf.refresh;

import io.github.macmanuf.registry.PrefixIndex;
import io.github.macmanuf.store.ImportRecord;
import io.github.macmanuf.store.RegistryStore;
import io.github.macmanuf.store.RegistryWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At startup: imports the bundled snapshot into an empty database, then loads the stored entries into the
 * in-memory index. A database that already holds an import is used as it is.
 */
@Component
class RegistryLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(RegistryLoader.class);

	private final RegistryStore store;

	private final RegistryWriter writer;

	RegistryLoader(RegistryStore store, RegistryWriter writer) {
		this.store = store;
		this.writer = writer;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.store.currentImport().isEmpty()) {
			long start = System.nanoTime();
			ImportRecord record = this.writer.reimport(BundledSnapshot.read());
			log.info("Imported {}: {} manuf + {} wka entries, {} lines skipped, sha256 {}, in {} ms",
					record.getSource(), record.getManufEntries(), record.getWkaEntries(), record.getRejectedLines(),
					record.getSha256(), (System.nanoTime() - start) / 1_000_000);
		}
		else {
			reloadIndex();
		}
	}

	/** Rebuilds the in-memory index from the database and swaps it in. */
	void reloadIndex() {
		long start = System.nanoTime();
		PrefixIndex index = this.writer.rebuildIndex();
		log.info("Serving {} registry entries (index built in {} ms)", index.size(),
				(System.nanoTime() - start) / 1_000_000);
	}

}
