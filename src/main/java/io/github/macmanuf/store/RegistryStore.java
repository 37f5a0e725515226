package io.github.macmanuf.store;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import io.github.macmanuf.registry.ManufEntry;
import io.github.macmanuf.registry.PrefixIndex;
import io.github.macmanuf.registry.RegistrySnapshot;
import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The registry in SQLite: replaces the imported entries in one transaction and reads everything back. */
@Service
public class RegistryStore {

	private static final int BATCH_SIZE = 1000;

	private final EntityManager entityManager;

	private final ManufEntryRepository entries;

	private final ImportRecordRepository imports;

	private final Clock clock;

	RegistryStore(EntityManager entityManager, ManufEntryRepository entries, ImportRecordRepository imports,
			Clock clock) {
		this.entityManager = entityManager;
		this.entries = entries;
		this.imports = imports;
		this.clock = clock;
	}

	/** The import the stored entries come from, if any import has completed. */
	@Transactional(readOnly = true)
	public Optional<ImportRecord> currentImport() {
		return this.imports.findFirstByOutcomeOrderByIdDesc(ImportRecord.OUTCOME_IMPORTED);
	}

	/**
	 * Replaces every imported entry with the snapshot's (user entries stay) and records the import, all in one
	 * transaction: a crash midway leaves the previous import in place.
	 */
	@Transactional
	public ImportRecord replaceImported(RegistrySnapshot snapshot) {
		this.entries.deleteImported();
		int pending = 0;
		for (ManufEntry entry : snapshot.entries()) {
			this.entityManager.persist(new ManufEntryEntity(entry));
			if (++pending % BATCH_SIZE == 0) {
				this.entityManager.flush();
				this.entityManager.clear();
			}
		}
		var record = new ImportRecord(this.clock.instant(), snapshot.origin(), snapshot.sha256(),
				snapshot.manuf().entries().size(), snapshot.wka().entries().size(), snapshot.rejectedLines(),
				ImportRecord.OUTCOME_IMPORTED);
		return this.imports.save(record);
	}

	/** Every stored entry, imported before user-written, ready for {@link PrefixIndex#of}. */
	@Transactional(readOnly = true)
	public List<ManufEntry> loadEntries() {
		return this.entries.findAllImportedThenUser().stream().map(ManufEntryEntity::toEntry).toList();
	}

}
