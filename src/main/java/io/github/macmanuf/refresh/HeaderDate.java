package io.github.macmanuf.refresh;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a {@code manuf} file states about itself: Wireshark's generator writes the {@code Last-Modified} date of
 * each IEEE list it used into the header comment; the newest of them dates the data. {@code null} when the header
 * has no such line.
 */
final class HeaderDate {

	private static final Pattern LAST_MODIFIED = Pattern.compile("^#\\s*Last-Modified:\\s*(.+?)\\s*$");

	private static final int MAX_HEADER_LINES = 500;

	private HeaderDate() {
	}

	/** Reads the leading comment block of an uncompressed {@code manuf} stream; the caller closes it. */
	static Instant read(InputStream in) throws IOException {
		var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
		Instant newest = null;
		String line;
		for (int i = 0; i < MAX_HEADER_LINES && (line = reader.readLine()) != null; i++) {
			String stripped = line.strip();
			if (!stripped.isEmpty() && !stripped.startsWith("#")) {
				break;
			}
			Instant date = parse(stripped);
			if (date != null && (newest == null || date.isAfter(newest))) {
				newest = date;
			}
		}
		return newest;
	}

	private static Instant parse(String line) {
		Matcher matcher = LAST_MODIFIED.matcher(line);
		if (!matcher.matches()) {
			return null;
		}
		try {
			return ZonedDateTime.parse(matcher.group(1), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
