package io.github.macmanuf.web;

import io.github.macmanuf.registry.RegistryService;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Looks up the manufacturer of one MAC address, at the seed service's URL. */
@RestController
@RequestMapping(path = "/chilcano/api/manuf", produces = MediaType.APPLICATION_JSON_VALUE)
class ManufController {

	private final RegistryService registry;

	ManufController(RegistryService registry) {
		this.registry = registry;
	}

	@GetMapping("/{mac}")
	LookupResponse lookup(@PathVariable String mac) {
		return LookupResponse.of(this.registry.lookup(mac));
	}

}
