package io.github.macmanuf.store;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import io.github.macmanuf.mac.MacAddress;
import io.github.macmanuf.registry.ManufEntry;
import io.github.macmanuf.registry.PrefixIndex;
import io.github.macmanuf.registry.RegistrySnapshot;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.hibernate.StatelessSession;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry in SQLite: replaces the imported entries in one transaction, keeps user entries apart from
 * them, reads everything back and keeps the import history. Writers go through {@link RegistryWriter}, which
 * also updates the index.
 */
@Service
public class RegistryStore {

	private static final int BATCH_SIZE = 1000;

	private static final List<String> VERIFIED = List.of(ImportAttempt.IMPORTED, ImportAttempt.UNCHANGED);

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

	/** Replaces the imported entries with the snapshot's, recorded as a first-start import. */
	@Transactional
	public ImportRecord replaceImported(RegistrySnapshot snapshot) {
		ImportAttempt attempt = ImportAttempt.initial(this.clock.instant(), snapshot, null);
		return replaceImported(snapshot.entries(), () -> attempt);
	}

	/**
	 * Replaces every imported entry with {@code imported} (a snapshot's {@link RegistrySnapshot#entries()}; user
	 * entries stay) and records the attempt, made once the rows are in, all in one transaction: a crash midway
	 * leaves the previous import in place. The rows go through a Hibernate {@link StatelessSession} that shares
	 * this transaction's connection: JDBC batches without a persistence context or dirty checking.
	 */
	@Transactional
	public ImportRecord replaceImported(List<ManufEntry> imported, Supplier<ImportAttempt> attempt) {
		this.entries.deleteImported();
		Session session = this.entityManager.unwrap(Session.class);
		try (StatelessSession stateless = session.statelessWithOptions().connection().open()) {
			stateless.setJdbcBatchSize(BATCH_SIZE);
			for (ManufEntry entry : imported) {
				stateless.insert(new ManufEntryEntity(entry));
			}
		}
		return this.imports.save(new ImportRecord(attempt.get()));
	}

	/** Adds an attempt that changed no data (unchanged or failed) to the history. */
	@Transactional
	public void record(ImportAttempt attempt) {
		this.imports.save(new ImportRecord(attempt));
	}

	/** The newest attempts first. */
	@Transactional(readOnly = true)
	public List<ImportAttempt> history(int limit) {
		return this.imports.findAllByOrderByIdDesc(Limit.of(limit)).stream().map(ImportRecord::toAttempt).toList();
	}

	/** The newest check of the source that found good data (imported or unchanged), if any. */
	@Transactional(readOnly = true)
	public Optional<ImportAttempt> lastVerified() {
		return this.imports.findFirstByOutcomeInAndTriggerNotOrderByIdDesc(VERIFIED, ImportAttempt.TRIGGER_INITIAL)
			.map(ImportRecord::toAttempt);
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

	/** The user-written entries only. */
	@Transactional(readOnly = true)
	public List<ManufEntry> loadUserEntries() {
		return this.entries.findUser().stream().map(EntryRow::toEntry).toList();
	}

	/** Every stored entry, imported before user-written, ready for {@link PrefixIndex#of}. */
	@Transactional(readOnly = true)
	public List<ManufEntry> loadEntries() {
		return this.entries.findAllImportedThenUser().stream().map(EntryRow::toEntry).toList();
	}

}
