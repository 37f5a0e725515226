package io.github.macmanuf.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.macmanuf.registry.SearchPage;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One page of a vendor search.
 *
 * @param q the text searched for, or {@code null} for every entry
 * @param source the source asked for, or {@code null} for all
 * @param page the page number, from 0
 * @param size the page size
 * @param total how many entries match in all
 * @param totalPages how many pages of {@code size} that makes
 * @param items the entries on this page, sorted by prefix
 */
@Schema(requiredProperties = { "q", "source", "page", "size", "total", "total_pages", "items" })
record SearchResponse(@Schema(types = { "string", "null" }) String q,
		@Schema(types = { "string", "null" }) String source, int page, int size, int total,
		@JsonProperty("total_pages") int totalPages, List<EntryResponse> items) {

	static SearchResponse of(String q, String source, SearchPage page) {
		int pages = (page.total() + page.size() - 1) / page.size();
		return new SearchResponse(q, source, page.page(), page.size(), page.total(), pages,
				page.entries().stream().map(EntryResponse::of).toList());
	}

}
