package io.github.macmanuf.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import io.github.macmanuf.mac.MacAddress;
import io.github.macmanuf.registry.ManufEntry;
import io.github.macmanuf.registry.PrefixIndex;
import io.github.macmanuf.registry.RegistryService;
import io.github.macmanuf.registry.RegistrySnapshot;

import org.springframework.stereotype.Service;

/**
 * The one way to change the registry data: writes SQLite, then swaps a patched or rebuilt index into
 * {@link RegistryService}. Writers run one at a time, so none is lost; readers never wait and see either the
 * index before a change or after it, never half of one.
 */
@Service
public class RegistryWriter {

	private final Object lock = new Object();

	private final RegistryStore store;

	private final RegistryService registry;

	RegistryWriter(RegistryStore store, RegistryService registry) {
		this.store = store;
		this.registry = registry;
	}

	/**
	 * Adds a user entry, which overrides an imported entry with the same prefix and mask; throws
	 * {@link EntryExistsException} when a user entry has that prefix and mask already.
	 */
	public ManufEntry create(ManufEntry entry) {
		return save(entry, false);
	}

	/** Replaces the user entry with the same prefix and mask; throws {@link EntryNotFoundException} if none. */
	public ManufEntry update(ManufEntry entry) {
		return save(entry, true);
	}

	/** Deletes the user entry at {@code prefix}; the imported entry it overrode, if any, is served again. */
	public void delete(MacAddress prefix) {
		synchronized (this.lock) {
			PrefixIndex index = this.registry.currentIndex();
			ManufEntry imported = importedEntry(this.store.findExact(prefix));
			if (!this.store.deleteUser(prefix)) {
				throw new EntryNotFoundException(prefix, imported != null);
			}
			this.registry.replaceIndex(index.without(prefix, imported));
		}
	}

	private ManufEntry save(ManufEntry entry, boolean replace) {
		synchronized (this.lock) {
			PrefixIndex index = this.registry.currentIndex();
			List<ManufEntry> stored = this.store.findExact(entry.prefix());
			ManufEntry user = userEntry(stored);
			if (replace && user == null) {
				throw new EntryNotFoundException(entry.prefix(), importedEntry(stored) != null);
			}
			if (!replace && user != null) {
				throw new EntryExistsException(user);
			}
			this.store.saveUser(entry);
			this.registry.replaceIndex(index.with(entry));
			return entry;
		}
	}

	/**
	 * Replaces the imported entries with the snapshot's (user entries stay on top), records {@code attempt}, and
	 * swaps in the new index, with no user write in between. The index is built on a second thread while the rows
	 * are written (it needs only the snapshot and the user entries, which the lock keeps still), and dropped if
	 * the write fails.
	 */
	public ImportRecord reimport(RegistrySnapshot snapshot, Supplier<ImportAttempt> attempt) {
		synchronized (this.lock) {
			List<ManufEntry> imported = snapshot.entries();
			// the rows about to be written, in file order, then the user entries: no read-back of 50,000 rows
			List<ManufEntry> all = new ArrayList<>(imported);
			all.addAll(this.store.loadUserEntries());
			CompletableFuture<PrefixIndex> index = CompletableFuture.supplyAsync(() -> PrefixIndex.of(all));
			ImportRecord record = this.store.replaceImported(imported, attempt);
			this.registry.replaceIndex(index.join());
			return record;
		}
	}

	/** Builds the index from everything stored and swaps it in. */
	public PrefixIndex rebuildIndex() {
		synchronized (this.lock) {
			PrefixIndex index = PrefixIndex.of(this.store.loadEntries());
			this.registry.replaceIndex(index);
			return index;
		}
	}

	private static ManufEntry userEntry(List<ManufEntry> stored) {
		return stored.stream().filter(ManufEntry::isUserEntry).findFirst().orElse(null);
	}

	private static ManufEntry importedEntry(List<ManufEntry> stored) {
		return stored.stream().filter((entry) -> !entry.isUserEntry()).findFirst().orElse(null);
	}

}
