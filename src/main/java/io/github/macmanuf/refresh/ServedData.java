package io.github.macmanuf.refresh;

import java.util.function.Supplier;

import io.github.macmanuf.registry.PrefixIndex;
import io.github.macmanuf.registry.RegistryService;
import io.github.macmanuf.store.ImportRecord;
import io.github.macmanuf.store.RegistryStore;
import io.github.macmanuf.store.RegistryWriter;
import io.github.macmanuf.store.ImportAttempt;
import io.github.macmanuf.registry.RegistrySnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/** Rebuilds the in-memory index from the database, swaps it in, and publishes its {@link DataVersion}. */
@Component
class ServedData {

	private static final Logger log = LoggerFactory.getLogger(ServedData.class);

	private final RegistryStore store;

	private final RegistryService registry;

	private final RegistryWriter writer;

	private final RefreshStatus status;

	ServedData(RegistryStore store, RegistryService registry, RegistryWriter writer, RefreshStatus status) {
		this.store = store;
		this.registry = registry;
		this.writer = writer;
		this.status = status;
	}

	/** Imports {@code snapshot} and serves it, under the writer's lock so no user write slips in between. */
	ImportRecord reimport(RegistrySnapshot snapshot, Supplier<ImportAttempt> attempt) {
		long start = System.nanoTime();
		ImportRecord record = this.writer.reimport(snapshot, attempt);
		served(start);
		return record;
	}

	/** Loads every stored entry into a new index and makes it the one lookups use; returns its size. */
	int reload() {
		long start = System.nanoTime();
		this.writer.rebuildIndex();
		return served(start);
	}

	private int served(long start) {
		PrefixIndex index = this.registry.currentIndex();
		updateVersion();
		log.info("Serving {} registry entries (index built in {} ms)", index.size(),
				(System.nanoTime() - start) / 1_000_000);
		return index.size();
	}

	/** Re-reads the data version (after a check confirmed the data). */
	void updateVersion() {
		this.store.currentImport()
			.map(ImportRecord::toAttempt)
			.ifPresent((current) -> this.status.dataVersion(DataVersion.of(current, this.store.lastVerified())));
	}

}
