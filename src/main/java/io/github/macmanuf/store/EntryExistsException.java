package io.github.macmanuf.store;

import io.github.macmanuf.registry.ManufEntry;

/** Thrown when a user entry is created for a prefix and mask that already has a user entry. */
public class EntryExistsException extends RuntimeException {

	private final ManufEntry existing;

	public EntryExistsException(ManufEntry existing) {
		super("an entry for " + existing.prefix() + " exists");
		this.existing = existing;
	}

	/** The user entry in the way. */
	public ManufEntry existing() {
		return this.existing;
	}

}
