package io.github.macmanuf.web;

import io.github.macmanuf.mac.MacAddress;
import io.github.macmanuf.registry.ManufEntry;

import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The framework's ceiling for the benchmark ({@code bench/run.sh}): a constant answer of the same shape and size
 * as a lookup, serialised the same way, with no parsing or matching. Exists only under the {@code bench} profile.
 */
@RestController
@Profile("bench")
class BenchConstantController {

	private static final LookupResponse CONSTANT = LookupResponse.of(MacAddress.parse("00:50:CA:FE:CA:FE"),
			new ManufEntry(MacAddress.parse("00:50:CA"), "DZS", "DZS Inc.", null, ManufEntry.SOURCE_MANUF));

	@GetMapping(path = "/bench/constant", produces = MediaType.APPLICATION_JSON_VALUE)
	LookupResponse constant() {
		return CONSTANT;
	}

}
