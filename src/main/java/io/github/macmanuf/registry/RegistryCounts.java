package io.github.macmanuf.registry;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How many entries the served index holds, in all, per mask length and per source.
 *
 * @param total every entry, each prefix and mask once (a user entry replaces the imported one it overrides)
 * @param byMaskLength entries per mask length, ascending
 * @param bySource entries per source ({@code manuf}, {@code wka}, {@code user})
 */
public record RegistryCounts(int total, SortedMap<Integer, Integer> byMaskLength, SortedMap<String, Integer> bySource) {

	static RegistryCounts of(PrefixIndex index) {
		SortedMap<Integer, Integer> byLength = new TreeMap<>();
		SortedMap<String, Integer> bySource = new TreeMap<>(Map.of(ManufEntry.SOURCE_MANUF, 0, ManufEntry.SOURCE_WKA,
				0, ManufEntry.SOURCE_USER, 0));
		for (ManufEntry entry : index.entries()) {
			byLength.merge(entry.prefix().length(), 1, Integer::sum);
			bySource.merge(entry.source(), 1, Integer::sum);
		}
		return new RegistryCounts(index.size(), byLength, bySource);
	}

}
