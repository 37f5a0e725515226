package io.github.macmanuf.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.macmanuf.mac.MacAddress;
import io.github.macmanuf.registry.ManufEntry;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A user entry to create or replace. Names are trimmed (see {@link #trimmed}) before they are checked.
 *
 * @param mac the prefix in any notation the lookup accepts, optionally with {@code /N}; without a mask the bits
 * given decide (3 octets: /24, a full address: /48)
 * @param manuf the short name
 * @param manufDesc the full organisation name
 */
@Schema(description = "A user entry: prefix and names", example = ApiExamples.ENTRY_REQUEST)
record EntryRequest(

		@Schema(description = MAC_DOC, example = "70:B3:D5:12:30:00/36")
		@NotNull(groups = MacRequired.class, message = "is required")
		@MacPrefix
		String mac,

		@Schema(description = "Short name; trimmed, 1 to 256 characters, no control characters", example = "Acme",
				minLength = 1, maxLength = 256, pattern = NO_CONTROL_WHOLE)
		@NotNull(message = "is required")
		@Pattern(regexp = NAME_LENGTH, message = NAME_SIZE)
		@Pattern(regexp = NO_CONTROL, message = NO_CONTROL_MESSAGE)
		String manuf,

		@Schema(description = "Full organisation name; trimmed, 1 to 256 characters, no control characters",
				example = "Acme Sensors Ltd", minLength = 1, maxLength = 256, pattern = NO_CONTROL_WHOLE)
		@JsonProperty("manuf_desc")
		@NotNull(message = "is required")
		@Pattern(regexp = NAME_LENGTH, message = NAME_SIZE)
		@Pattern(regexp = NO_CONTROL, message = NO_CONTROL_MESSAGE)
		String manufDesc) {

	static final String MAC_DOC = "Prefix in any accepted notation, optionally with /N (1-48); without a mask the "
			+ "bits given decide: 70:B3:D5 is /24, 70B3D5123 is /36, a full address /48. Required, except in "
			+ "PUT /chilcano/api/manuf/{mac}, where it may be left out and otherwise must name the URL's prefix.";

	static final String NAME_SIZE = "must be 1 to 256 characters after trimming";

	// characters as JSON Schema's maxLength counts them (code points: an emoji is one), not Java's UTF-16 units
	static final String NAME_LENGTH = "(?s).{1,256}";

	// Cs: a lone half of a surrogate pair, which SQLite would store as "?" (a paired emoji is fine)
	static final String NO_CONTROL = "[^\\p{Cc}\\p{Cs}]*";

	// the contract's pattern: JSON Schema finds a pattern anywhere in the value, Bean Validation matches it whole
	static final String NO_CONTROL_WHOLE = "^" + NO_CONTROL + "$";

	static final String NO_CONTROL_MESSAGE = "must not contain control characters or unpaired surrogates";

	/** Validation group: the prefix must be in the body (POST and PUT on the collection). */
	interface MacRequired {

	}

	EntryRequest {
		manuf = trimmed(manuf);
		manufDesc = trimmed(manufDesc);
	}

	/**
	 * Without what shows nothing at either end: white space of every kind (the no-break spaces of pasted web pages
	 * too, which {@link String#strip()} keeps) and format characters (zero-width space, BOM, direction marks and
	 * overrides). A name of nothing else comes out empty and is refused as blank.
	 */
	private static String trimmed(String name) {
		if (name == null) {
			return null;
		}
		int start = 0;
		int end = name.length();
		while (start < end && showsNothing(name.charAt(start))) {
			start++;
		}
		while (end > start && showsNothing(name.charAt(end - 1))) {
			end--;
		}
		return name.substring(start, end);
	}

	private static boolean showsNothing(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT;
	}

	/** The prefix the body names; call only after validation. */
	MacAddress prefix() {
		return (this.mac != null) ? MacAddress.parsePrefix(this.mac) : null;
	}

	ManufEntry toEntry(MacAddress prefix) {
		return new ManufEntry(prefix, this.manuf, this.manufDesc, null, ManufEntry.SOURCE_USER);
	}

}
