package io.github.macmanuf.registry;

import io.github.macmanuf.mac.MacAddress;

/**
 * A successful lookup: the address asked about and the registry entry that contains it.
 *
 * @param address the parsed query
 * @param entry the longest matching entry
 */
public record Lookup(MacAddress address, ManufEntry entry) {
}
