package io.github.macmanuf.registry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import io.github.macmanuf.mac.MacAddress;

/**
 * Immutable longest-prefix index over every mask length present. One open-addressing table keyed by
 * (masked bits, mask length); a lookup probes it once per distinct mask length, longest first.
 * Built once per data change and swapped whole, so readers never need a lock.
 */
public final class PrefixIndex {

	/** Ascending prefix bits, then shorter mask first. */
	public static final Comparator<ManufEntry> BY_PREFIX = Comparator
		.comparingLong((ManufEntry entry) -> entry.prefix().bits())
		.thenComparingInt((entry) -> entry.prefix().length());

	private final long[] keys;

	private final ManufEntry[] values;

	private final int shift;

	private final int[] lengths;

	private final long[] masks;

	private final List<ManufEntry> entries;

	private PrefixIndex(Collection<ManufEntry> unique) {
		int capacity = Integer.highestOneBit(Math.max(4, unique.size() * 2)) << 1;
		this.keys = new long[capacity];
		this.values = new ManufEntry[capacity];
		this.shift = 64 - Integer.numberOfTrailingZeros(capacity);
		TreeSet<Integer> present = new TreeSet<>(Collections.reverseOrder());
		for (ManufEntry entry : unique) {
			put(entry);
			present.add(entry.prefix().length());
		}
		this.lengths = present.stream().mapToInt(Integer::intValue).toArray();
		this.masks = Arrays.stream(this.lengths).mapToLong(MacAddress::mask).toArray();
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
		for (int i = 0; i < this.lengths.length; i++) {
			int length = this.lengths[i];
			if (length > given) {
				continue;
			}
			ManufEntry entry = get(key(bits & this.masks[i], length));
			if (entry != null) {
				return entry;
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

	/** A new index with {@code entry} added, replacing any entry with the same prefix and mask. */
	public PrefixIndex with(ManufEntry entry) {
		List<ManufEntry> next = new ArrayList<>(this.entries);
		next.add(entry);
		return of(next);
	}

	/** A new index without the entry at {@code prefix}, and with {@code replacement} there when not null. */
	public PrefixIndex without(MacAddress prefix, ManufEntry replacement) {
		List<ManufEntry> next = new ArrayList<>(this.entries.size());
		for (ManufEntry entry : this.entries) {
			if (!entry.prefix().equals(prefix)) {
				next.add(entry);
			}
		}
		if (replacement != null) {
			next.add(replacement);
		}
		return of(next);
	}

	/** Every entry in the index, each prefix once, sorted {@link #BY_PREFIX}. */
	public List<ManufEntry> entries() {
		return this.entries;
	}

	public int size() {
		return this.entries.size();
	}

	private static long key(long maskedBits, int length) {
		return (maskedBits << 6) | length;
	}

	private int slot(long key) {
		return (int) ((key * 0x9E3779B97F4A7C15L) >>> this.shift);
	}

	private void put(ManufEntry entry) {
		long key = key(entry.prefix().bits(), entry.prefix().length());
		int mask = this.keys.length - 1;
		int i = slot(key);
		while (this.keys[i] != 0 && this.keys[i] != key) {
			i = (i + 1) & mask;
		}
		this.keys[i] = key;
		this.values[i] = entry;
	}

	private ManufEntry get(long key) {
		int mask = this.keys.length - 1;
		int i = slot(key);
		long found;
		while ((found = this.keys[i]) != 0) {
			if (found == key) {
				return this.values[i];
			}
			i = (i + 1) & mask;
		}
		return null;
	}

}
