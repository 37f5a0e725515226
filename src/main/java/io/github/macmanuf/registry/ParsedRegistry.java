package io.github.macmanuf.registry;

import java.util.List;

/**
 * What {@link ManufParser} read from one file.
 *
 * @param entries the entries in file order (duplicates included; the later one wins in the index)
 * @param rejectedLines how many non-comment lines could not be read and were skipped
 */
public record ParsedRegistry(List<ManufEntry> entries, int rejectedLines) {

	public ParsedRegistry {
		entries = List.copyOf(entries);
	}

}
