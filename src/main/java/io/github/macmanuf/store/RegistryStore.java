package io.github.macmanuf.store;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import io.github.macmanuf.mac.MacAddress;
import io.github.macmanuf.registry.ManufEntry;
import io.github.macmanuf.registry.PrefixIndex;
import io.github.macmanuf.registry.RegistrySnapshot;
import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry in SQLite: replaces the imported entries in one transaction, keeps user entries apart from
 * them, and reads everything back. Writers go through {@link RegistryWriter}, which also updates the index.
 */
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

	/** The stored entries with exactly this prefix and mask: at most one imported and one user entry. */
	@Transactional(readOnly = true)
	public List<ManufEntry> findExact(MacAddress prefix) {
		return this.entries.findByPrefixBitsAndPrefixLength(prefix.bits(), prefix.length()).stream()
			.map(ManufEntryEntity::toEntry).toList();
	}

	/** Inserts the user entry for its prefix and mask, or updates the one already stored. */
	@Transactional
	public void saveUser(ManufEntry entry) {
		ManufEntryEntity stored = findUser(entry.prefix()).orElse(null);
		if (stored == null) {
			this.entityManager.persist(new ManufEntryEntity(entry));
		}
		else {
			stored.update(entry);
		}
	}

	/** Deletes the user entry at this prefix and mask; imported entries are never deleted here. */
	@Transactional
	public boolean deleteUser(MacAddress prefix) {
		Optional<ManufEntryEntity> stored = findUser(prefix);
		stored.ifPresent(this.entries::delete);
		return stored.isPresent();
	}

	private Optional<ManufEntryEntity> findUser(MacAddress prefix) {
		return this.entries.findByPrefixBitsAndPrefixLength(prefix.bits(), prefix.length()).stream()
			.filter(ManufEntryEntity::isUserEntry).findFirst();
	}

	/** Every stored entry, imported before user-written, ready for {@link PrefixIndex#of}. */
	@Transactional(readOnly = true)
	public List<ManufEntry> loadEntries() {
		return this.entries.findAllImportedThenUser().stream().map(ManufEntryEntity::toEntry).toList();
	}

}
