package io.github.macmanuf.web;

import io.github.macmanuf.mac.MacAddress;
import io.github.macmanuf.registry.LookupOutcome;
import io.github.macmanuf.registry.RegistryService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Looks up the manufacturer of one MAC address, at the seed service's URL. A lookup's outcome becomes its answer
 * here, the entry or a {@link LookupProblem}, without an exception: unregistered (randomized) addresses are
 * ordinary answers, and the exception route cost each about a third more CPU than a hit (bench/README.md).
 */
@RestController
@RequestMapping(path = "/chilcano/api/manuf", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "lookup")
class ManufController {

	private final RegistryService registry;

	ManufController(RegistryService registry) {
		this.registry = registry;
	}

	@GetMapping("/{mac}")
	@Operation(operationId = "lookup", summary = "Look up a MAC address or prefix",
			description = "The registry entry with the longest mask that contains the address. Accepts "
					+ "00:50:CA:FE:CA:FE, 00-50-ca-fe-ca-fe, 0050.cafe.cafe, 0050cafecafe, 0:50:ca:fe:ca:fe and "
					+ "prefixes of 3 to 5 octets or 6 to 11 hex digits.")
	@LookupResponses
	Object lookup(@Parameter(example = "00:1B:C5:00:12:34") @PathVariable String mac, HttpServletRequest request,
			HttpServletResponse response) {
		return answer(this.registry.lookup(mac), request, response);
	}

	@GetMapping("/{mac}/{mask}")
	@Operation(operationId = "lookupPrefix", summary = "Look up a prefix with a mask",
			description = "The prefix written as two path segments, address then mask length (1-48), so that "
					+ "/36 and other masks fit a URL: the Location of a created user entry has this form. Only "
					+ "entries with a mask no longer than the one given can match.")
	@LookupResponses
	Object lookupPrefix(@Parameter(example = "00:1B:C5:00:10:00") @PathVariable String mac,
			@Parameter(description = "Mask length, 1 to 48", example = "36",
					schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "48")) @PathVariable String mask,
			HttpServletRequest request, HttpServletResponse response) {
		return answer(this.registry.lookupPrefix(mac + "/" + mask), request, response);
	}

	/** 200 with the entry, 404 for an address no entry contains, 400 for malformed text. */
	private static Object answer(LookupOutcome outcome, HttpServletRequest request, HttpServletResponse response) {
		if (outcome.isRegistered()) {
			return LookupResponse.of(outcome.address(), outcome.entry());
		}
		String instance = InputEcho.path(request);
		LookupProblem problem = outcome.isMalformed()
				? LookupProblem.malformed(outcome.input(), MacAddress.malformedReason(outcome.input()), instance)
				: LookupProblem.notFound(outcome.address(), instance);
		return problem.applyTo(response);
	}

}
