package io.github.macmanuf.store;

import io.github.macmanuf.mac.MacAddress;
import io.github.macmanuf.registry.ManufEntry;

/** A stored entry read as plain columns (a JPQL constructor expression), without managed entities. */
record EntryRow(long prefixBits, int prefixLength, String shortName, String longName, String comment,
		String source) {

	ManufEntry toEntry() {
		return new ManufEntry(new MacAddress(this.prefixBits, this.prefixLength), this.shortName, this.longName,
				this.comment, this.source);
	}

}
