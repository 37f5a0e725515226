package io.github.macmanuf.registry;

import io.github.macmanuf.mac.MacAddress;

/**
 * The result of one item of a bulk lookup, which never throws: matched, not registered, or malformed.
 *
 * @param input the text as given
 * @param address the parsed address, or {@code null} when the text is malformed
 * @param entry the longest matching entry, or {@code null} when malformed or not registered
 */
public record LookupOutcome(String input, MacAddress address, ManufEntry entry) {

	public boolean isMalformed() {
		return this.address == null;
	}

	public boolean isRegistered() {
		return this.entry != null;
	}

}
