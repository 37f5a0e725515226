package io.github.macmanuf.registry;

import io.github.macmanuf.mac.MacAddress;

/** Thrown when no registry entry contains an address. */
public class ManufNotFoundException extends RuntimeException {

	private final MacAddress address;

	public ManufNotFoundException(MacAddress address) {
		super("no registry entry contains " + address);
		this.address = address;
	}

	public MacAddress address() {
		return this.address;
	}

}
