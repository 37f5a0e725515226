package io.github.macmanuf.registry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.github.macmanuf.mac.MacAddress;

/**
 * Immutable longest-prefix index over every mask length present: one open-addressing table per mask length,
 * probed longest mask first. The tables of the rare long masks are tiny and stay in cache, so a typical lookup
 * costs one or two memory misses. Built once per data change and swapped whole, so readers need no lock.
 */
public final class PrefixIndex {

	/** Ascending prefix bits, then shorter mask first. */
	public static final Comparator<ManufEntry> BY_PREFIX = Comparator
		.comparingLong((ManufEntry entry) -> entry.prefix().bits())
		.thenComparingInt((entry) -> entry.prefix().length());

	private static final Comparator<MaskTable> LONGEST_FIRST = Comparator.comparingInt((MaskTable table) -> table.length)
		.reversed();

	private final MaskTable[] tables;

	private final List<ManufEntry> entries;

	private PrefixIndex(MaskTable[] tables, List<ManufEntry> entries) {
		this.tables = tables;
		this.entries = entries;
	}

	private PrefixIndex(Collection<ManufEntry> unique) {
		Map<Integer, List<ManufEntry>> byLength = new TreeMap<>(Comparator.reverseOrder());
		for (ManufEntry entry : unique) {
			byLength.computeIfAbsent(entry.prefix().length(), (length) -> new ArrayList<>()).add(entry);
		}
		this.tables = byLength.entrySet()
			.stream()
			.map((group) -> new MaskTable(group.getKey(), group.getValue()))
			.toArray(MaskTable[]::new);
		this.entries = unique.stream().sorted(BY_PREFIX).toList();
	}

	/** Builds an index; of entries with the same prefix and mask the later one wins. */
	public static PrefixIndex of(Iterable<ManufEntry> entries) {
		return new PrefixIndex(lastWins(entries));
	}

	/** Keeps one entry per prefix and mask, the last one given, as Wireshark does. */
	public static List<ManufEntry> lastWins(Iterable<ManufEntry> entries) {
		Map<MacAddress, ManufEntry> unique = new LinkedHashMap<>();
		for (ManufEntry entry : entries) {
			unique.remove(entry.prefix());
			unique.put(entry.prefix(), entry);
		}
		return new ArrayList<>(unique.values());
	}

	public static PrefixIndex empty() {
		return of(List.of());
	}

	/** The entry with the longest mask containing {@code address}, or {@code null}. */
	public ManufEntry find(MacAddress address) {
		long bits = address.bits();
		int given = address.length();
		for (MaskTable table : this.tables) {
			if (table.length <= given) {
				ManufEntry entry = table.get(bits & table.mask);
				if (entry != null) {
					return entry;
				}
			}
		}
		return null;
	}

	/** The entry with exactly this prefix and mask, or {@code null}. */
	public ManufEntry exact(MacAddress prefix) {
		// no mask longer than the prefix's can match it, so an exact entry is always the longest match
		ManufEntry entry = find(prefix);
		return (entry != null && entry.prefix().equals(prefix)) ? entry : null;
	}

	/**
	 * A new index with {@code entry} added, replacing any entry with the same prefix and mask. Only the table of
	 * the entry's mask length is rebuilt; the others are shared with this index, which stays as it was.
	 */
	public PrefixIndex with(ManufEntry entry) {
		List<ManufEntry> next = new ArrayList<>(this.entries.size() + 1);
		next.addAll(this.entries);
		int at = search(next, entry.prefix());
		if (at >= 0) {
			next.set(at, entry);
		}
		else {
			next.add(-at - 1, entry);
		}
		return patched(next, entry.prefix().length());
	}

	/** A new index without the entry at {@code prefix}, and with {@code replacement} there when not null. */
	public PrefixIndex without(MacAddress prefix, ManufEntry replacement) {
		List<ManufEntry> next = new ArrayList<>(this.entries);
		int at = search(next, prefix);
		if (at >= 0) {
			next.remove(at);
		}
		PrefixIndex removed = patched(next, prefix.length());
		return (replacement != null) ? removed.with(replacement) : removed;
	}

	/** This index's tables with the one of {@code length} rebuilt from {@code sorted}, the new entries. */
	private PrefixIndex patched(List<ManufEntry> sorted, int length) {
		List<ManufEntry> ofLength = new ArrayList<>();
		for (ManufEntry entry : sorted) {
			if (entry.prefix().length() == length) {
				ofLength.add(entry);
			}
		}
		List<MaskTable> next = new ArrayList<>(this.tables.length + 1);
		for (MaskTable table : this.tables) {
			if (table.length != length) {
				next.add(table);
			}
		}
		if (!ofLength.isEmpty()) {
			next.add(new MaskTable(length, ofLength));
		}
		next.sort(LONGEST_FIRST);
		return new PrefixIndex(next.toArray(MaskTable[]::new), Collections.unmodifiableList(sorted));
	}

	/** Where {@code prefix} is in entries sorted {@link #BY_PREFIX}, or {@code -(insertion point) - 1}. */
	private static int search(List<ManufEntry> sorted, MacAddress prefix) {
		return Collections.binarySearch(sorted, new ManufEntry(prefix, null, null, null, null), BY_PREFIX);
	}

	/** Every entry in the index, each prefix once, sorted {@link #BY_PREFIX}. */
	public List<ManufEntry> entries() {
		return this.entries;
	}

	public int size() {
		return this.entries.size();
	}

	/** The entries of one mask length, keyed by their masked bits (stored + 1, so that 0 marks a free slot). */
	private static final class MaskTable {

		final int length;

		final long mask;

		private final long[] keys;

		private final ManufEntry[] values;

		private final int shift;

		MaskTable(int length, List<ManufEntry> entries) {
			this.length = length;
			this.mask = MacAddress.mask(length);
			int capacity = Integer.highestOneBit(Math.max(2, entries.size()) * 2) << 1;
			this.keys = new long[capacity];
			this.values = new ManufEntry[capacity];
			this.shift = 64 - Integer.numberOfTrailingZeros(capacity);
			for (ManufEntry entry : entries) {
				put(entry.prefix().bits() + 1, entry);
			}
		}

		private int slot(long key) {
			return (int) ((key * 0x9E3779B97F4A7C15L) >>> this.shift);
		}

		private void put(long key, ManufEntry entry) {
			int i = slot(key);
			while (this.keys[i] != 0 && this.keys[i] != key) {
				i = (i + 1) & (this.keys.length - 1);
			}
			this.keys[i] = key;
			this.values[i] = entry;
		}

		ManufEntry get(long maskedBits) {
			long key = maskedBits + 1;
			int i = slot(key);
			long found;
			while ((found = this.keys[i]) != 0) {
				if (found == key) {
					return this.values[i];
				}
				i = (i + 1) & (this.keys.length - 1);
			}
			return null;
		}

	}

}
