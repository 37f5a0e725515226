package io.github.macmanuf.registry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.github.macmanuf.mac.MacAddress;
import io.github.macmanuf.mac.MalformedMacException;

/**
 * Reads Wireshark's {@code manuf} and {@code wka} formats as Wireshark does: address (optionally {@code /N}),
 * white space, short name, then after a tab an optional long name; {@code #} starts a comment anywhere.
 * Lines it cannot read are counted and skipped, never fatal.
 */
public final class ManufParser {

	private static final char BOM = '\uFEFF';

	private ManufParser() {
	}

	/** Parses a UTF-8 stream; the caller closes it. */
	public static ParsedRegistry parse(InputStream in, String source) {
		var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
		List<ManufEntry> entries = new ArrayList<>();
		int rejected = 0;
		try {
			String line;
			boolean first = true;
			while ((line = reader.readLine()) != null) {
				if (first && !line.isEmpty() && line.charAt(0) == BOM) {
					line = line.substring(1);
				}
				first = false;
				ManufEntry entry;
				try {
					entry = parseLine(line, source);
				}
				catch (MalformedMacException ex) {
					rejected++;
					continue;
				}
				if (entry != null) {
					entries.add(entry);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new ParsedRegistry(entries, rejected);
	}

	/** One line: an entry, {@code null} for a blank or comment-only line, or a {@link MalformedMacException}. */
	static ManufEntry parseLine(String line, String source) {
		String comment = null;
		int hash = line.indexOf('#');
		if (hash >= 0) {
			comment = emptyToNull(line.substring(hash + 1).strip());
			line = line.substring(0, hash);
		}
		Fields fields = new Fields(line);
		String address = fields.next(false);
		if (address == null) {
			return null;
		}
		String shortName = fields.next(false);
		if (shortName == null) {
			throw new MalformedMacException(line, "no name after the address");
		}
		String longName = fields.next(true);
		return new ManufEntry(MacAddress.parsePrefix(address), shortName, longName, comment, source);
	}

	private static String emptyToNull(String text) {
		return text.isEmpty() ? null : text;
	}

	/** Splits a line like Wireshark's strtok: tokens end at blanks, the long name only at a tab. */
	private static final class Fields {

		private final String line;

		private int pos;

		Fields(String line) {
			this.line = line;
		}

		String next(boolean spacesAllowed) {
			while (this.pos < this.line.length() && isSeparator(this.line.charAt(this.pos), false)) {
				this.pos++;
			}
			int start = this.pos;
			while (this.pos < this.line.length() && !isSeparator(this.line.charAt(this.pos), spacesAllowed)) {
				this.pos++;
			}
			return emptyToNull(this.line.substring(start, this.pos).strip());
		}

		private static boolean isSeparator(char c, boolean spacesAllowed) {
			return c == '\t' || c == '\r' || (!spacesAllowed && c == ' ');
		}

	}

}
