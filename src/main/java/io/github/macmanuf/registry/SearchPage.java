package io.github.macmanuf.registry;

import java.util.List;

/**
 * One page of registry entries matching a search, sorted by prefix.
 *
 * @param entries the entries on this page
 * @param page the page number, from 0
 * @param size the page size asked for
 * @param total how many entries match in all
 */
public record SearchPage(List<ManufEntry> entries, int page, int size, int total) {

	public SearchPage {
		entries = List.copyOf(entries);
	}

}
