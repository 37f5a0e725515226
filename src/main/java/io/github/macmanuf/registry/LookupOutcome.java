package io.github.macmanuf.registry;

import io.github.macmanuf.mac.MacAddress;

/**
 * The result of one lookup, single or bulk: matched, not registered, or malformed. A value rather than an
 * exception, so the three cost the same.
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
