package io.github.macmanuf.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.macmanuf.mac.MacAddress;
import io.github.macmanuf.registry.ManufEntry;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The answer to a lookup, with the seed service's keys ({@code mac}, {@code manuf}, {@code manuf_desc}) first.
 *
 * @param mac the registry prefix that matched, e.g. {@code 00:50:CA} or {@code 8C:1F:64:AF:A0:00/36}
 * @param manuf the short name
 * @param manufDesc the long name, or the short name when the registry has none
 * @param address the query in upper-case colon form
 * @param prefixBits the mask length of the matched entry
 * @param comment the registry line's trailing comment, or {@code null}
 * @param locallyAdministered bit 0x02 of the first octet (randomized and private addresses)
 * @param multicast bit 0x01 of the first octet
 * @param broadcast the address is FF:FF:FF:FF:FF:FF
 * @param source where the entry comes from: {@code manuf}, {@code wka} or {@code user}
 */
@Schema(requiredProperties = { "mac", "manuf", "manuf_desc", "address", "prefix_bits", "comment",
		"locally_administered", "multicast", "broadcast", "source" })
public record LookupResponse(String mac, String manuf, @JsonProperty("manuf_desc") String manufDesc, String address,
		@JsonProperty("prefix_bits") int prefixBits, @Schema(types = { "string", "null" }) String comment,
		@JsonProperty("locally_administered") boolean locallyAdministered, boolean multicast, boolean broadcast,
		String source) {

	static LookupResponse of(MacAddress address, ManufEntry entry) {
		return new LookupResponse(entry.prefix().toString(), entry.shortName(), entry.description(),
				address.toString(), entry.prefix().length(), entry.comment(), address.isLocallyAdministered(),
				address.isMulticast(), address.isBroadcast(), entry.source());
	}

}
