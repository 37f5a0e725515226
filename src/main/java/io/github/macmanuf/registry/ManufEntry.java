package io.github.macmanuf.registry;

import io.github.macmanuf.mac.MacAddress;

/**
 * One registry assignment: a prefix with its mask and who it belongs to.
 *
 * @param prefix the assigned block; its length is the mask
 * @param shortName Wireshark's short name
 * @param longName the full organisation name, or {@code null} when the registry gives none
 * @param comment the trailing {@code #} comment of the line, or {@code null}
 * @param source where the entry comes from: {@code manuf}, {@code wka} or {@code user}
 */
public record ManufEntry(MacAddress prefix, String shortName, String longName, String comment, String source) {

	public static final String SOURCE_MANUF = "manuf";

	public static final String SOURCE_WKA = "wka";

	public static final String SOURCE_USER = "user";

	/** The long name, or the short name when there is none. */
	public String description() {
		return (this.longName != null) ? this.longName : this.shortName;
	}

	public boolean isUserEntry() {
		return SOURCE_USER.equals(this.source);
	}

}
