package io.github.macmanuf.store;

import io.github.macmanuf.mac.MacAddress;

/** Thrown when no user entry, the only kind that can be updated or deleted, has that prefix and mask. */
public class EntryNotFoundException extends RuntimeException {

	private final MacAddress prefix;

	private final boolean importedPresent;

	public EntryNotFoundException(MacAddress prefix, boolean importedPresent) {
		super("no user entry for " + prefix);
		this.prefix = prefix;
		this.importedPresent = importedPresent;
	}

	public MacAddress prefix() {
		return this.prefix;
	}

	/** Whether an imported entry has that prefix and mask (it cannot be changed, only overridden). */
	public boolean importedPresent() {
		return this.importedPresent;
	}

}
