package io.github.macmanuf.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Makes client input safe to echo in an error: short (cut between characters), control characters made visible,
 * and a lone surrogate, which strict JSON decoders refuse, replaced by U+FFFD.
 */
final class InputEcho {

	static final int MAX_LENGTH = 64;

	private InputEcho() {
	}

	/** The request path as an error's {@code instance}, cut short so a huge path is not echoed. */
	static String path(HttpServletRequest request) {
		return path(request.getRequestURI());
	}

	static String path(String path) {
		if (path.length() <= MAX_LENGTH) {
			return path;
		}
		int end = MAX_LENGTH;
		int percent = path.lastIndexOf('%', end - 1);
		if (percent >= 0 && percent > end - 3) {
			end = percent; // never cut a %-escape in two: the instance stays a valid URI reference
		}
		return path.substring(0, end);
	}

	static String shorten(String input) {
		if (input == null) {
			return "";
		}
		int end = Math.min(input.length(), MAX_LENGTH);
		if (end < input.length() && Character.isHighSurrogate(input.charAt(end - 1))) {
			end--; // never cut a character in two
		}
		StringBuilder out = new StringBuilder(end + 8);
		input.substring(0, end).codePoints().forEach((c) -> {
			if (Character.isISOControl(c)) {
				out.append(String.format("\\u%04X", c));
			}
			else {
				out.appendCodePoint((c <= Character.MAX_VALUE && Character.isSurrogate((char) c)) ? 0xFFFD : c);
			}
		});
		return (end < input.length()) ? out.append('…').toString() : out.toString();
	}

}
