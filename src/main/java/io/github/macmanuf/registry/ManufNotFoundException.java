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

	/** Thrown once per bad request and always handled: a stack trace would cost more than the lookup. */
	@Override
	public synchronized Throwable fillInStackTrace() {
		return this;
	}

}
