package io.github.macmanuf.web;

/** Makes client input safe to echo in an error: short, and with control characters made visible. */
final class InputEcho {

	static final int MAX_LENGTH = 64;

	private InputEcho() {
	}

	static String shorten(String input) {
		if (input == null) {
			return "";
		}
		String cut = (input.length() > MAX_LENGTH) ? input.substring(0, MAX_LENGTH) + "…" : input;
		StringBuilder out = new StringBuilder(cut.length());
		cut.codePoints().forEach((c) -> {
			if (Character.isISOControl(c)) {
				out.append(String.format("\\u%04X", c));
			}
			else {
				out.appendCodePoint(c);
			}
		});
		return out.toString();
	}

}
