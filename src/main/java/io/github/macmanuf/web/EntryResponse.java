package io.github.macmanuf.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.macmanuf.registry.ManufEntry;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A registry entry as listed by a search.
 *
 * @param mac the prefix, e.g. {@code 00:00:0C} or {@code 70:B3:D5:12:30:00/36}
 * @param manuf the short name
 * @param manufDesc the long name, or the short name when the registry has none
 * @param prefixBits the mask length
 * @param comment the registry line's trailing comment, or {@code null}
 * @param source {@code manuf}, {@code wka} or {@code user}
 */
@Schema(requiredProperties = { "mac", "manuf", "manuf_desc", "prefix_bits", "comment", "source" })
record EntryResponse(String mac, String manuf, @JsonProperty("manuf_desc") String manufDesc,
		@JsonProperty("prefix_bits") int prefixBits, @Schema(types = { "string", "null" }) String comment, String source) {

	static EntryResponse of(ManufEntry entry) {
		return new EntryResponse(entry.prefix().toString(), entry.shortName(), entry.description(),
				entry.prefix().length(), entry.comment(), entry.source());
	}

}
