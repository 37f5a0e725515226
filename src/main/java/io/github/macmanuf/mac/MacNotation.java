package io.github.macmanuf.mac;

/**
 * Reads and writes the textual notations of {@link MacAddress}: octets separated by {@code :}, {@code -} or
 * {@code .} (mixed, zero-suppressed, 3 to 6 octets), three groups of four digits (Cisco {@code 0050.cafe.cafe},
 * HP/H3C {@code 0050-cafe-cafe}), two groups of six ({@code 0050ca-fecafe}), and bare hex of 6 to 12 digits. A hand-written scanner, because it sits on the lookup hot path.
 */
final class MacNotation {

	/** Longer input is refused before it is scanned: the longest notation is 17 characters plus a mask. */
	static final int MAX_INPUT_LENGTH = 32;

	private static final int MAX_GROUPS = 6;

	private static final char[] HEX = "0123456789ABCDEF".toCharArray();

	private MacNotation() {
	}

	static MacAddress parseAddress(String text) {
		MacAddress address = tryParseAddress(text);
		if (address == null) {
			throw new MalformedMacException((text == null) ? "" : text, malformedReason(text));
		}
		return address;
	}

	/** Like {@link #parseAddress} but answers {@code null} instead of throwing: for the bulk hot path. */
	static MacAddress tryParseAddress(String text) {
		if (text == null) {
			return null;
		}
		int start = 0;
		int end = text.length();
		while (start < end && isBlank(text.charAt(start))) {
			start++;
		}
		while (end > start && isBlank(text.charAt(end - 1))) {
			end--;
		}
		return (start == end || end - start > MAX_INPUT_LENGTH) ? null : scan(text, start, end);
	}

	static MacAddress parsePrefix(String text) {
		if (text == null) {
			throw new MalformedMacException("", "no address given");
		}
		String trimmed = text.strip();
		int slash = trimmed.indexOf('/');
		if (slash < 0) {
			return parseAddress(trimmed);
		}
		MacAddress address = parseAddress(trimmed.substring(0, slash));
		int mask = parseMask(text, trimmed.substring(slash + 1));
		return new MacAddress(address.bits(), mask);
	}

	private static int parseMask(String text, String digits) {
		if (digits.isEmpty() || digits.length() > 2 || !digits.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			throw new MalformedMacException(text, "the mask after '/' must be a number from 1 to 48");
		}
		int mask = Integer.parseInt(digits);
		if (mask < 1 || mask > MacAddress.BITS) {
			throw new MalformedMacException(text, "the mask after '/' must be a number from 1 to 48");
		}
		return mask;
	}

	/** Scans the trimmed range; {@code null} when it is no accepted notation. */
	private static MacAddress scan(String text, int start, int end) {
		long octetBits = 0;
		long wideBits = 0;
		int groups = 0;
		int digits = 0;
		int groupDigits = 0;
		int groupValue = 0;
		int minGroupDigits = Integer.MAX_VALUE;
		int maxGroupDigits = 0;
		char separator = 0;
		boolean mixed = false;
		for (int i = start; i < end; i++) {
			char c = text.charAt(i);
			int nibble = Character.digit(c, 16);
			if (nibble >= 0 && c < 128) {
				if (++digits > 12) {
					return null;
				}
				groupDigits++;
				groupValue = (groupValue << 4) | nibble;
				wideBits = (wideBits << 4) | nibble;
			}
			else if (isSeparator(c) && groupDigits > 0 && groupDigits <= 6 && groups < MAX_GROUPS - 1) {
				mixed |= separator != 0 && c != separator;
				separator = c;
				octetBits = (octetBits << 8) | (groupValue & 0xFF);
				groups++;
				minGroupDigits = Math.min(minGroupDigits, groupDigits);
				maxGroupDigits = Math.max(maxGroupDigits, groupDigits);
				groupDigits = 0;
				groupValue = 0;
			}
			else {
				return null;
			}
		}
		if (groupDigits == 0) {
			return null;
		}
		octetBits = (octetBits << 8) | (groupValue & 0xFF);
		groups++;
		minGroupDigits = Math.min(minGroupDigits, groupDigits);
		maxGroupDigits = Math.max(maxGroupDigits, groupDigits);
		if (groups == 1 && digits >= 6) {
			return new MacAddress(wideBits << (MacAddress.BITS - 4 * digits), 4 * digits);
		}
		boolean evenGroups = !mixed && minGroupDigits == maxGroupDigits;
		if (evenGroups && ((groups == 3 && maxGroupDigits == 4) || (groups == 2 && maxGroupDigits == 6))) {
			return new MacAddress(wideBits, MacAddress.BITS);
		}
		if (groups >= 3 && maxGroupDigits <= 2) {
			return new MacAddress(octetBits << (MacAddress.BITS - 8 * groups), 8 * groups);
		}
		return null;
	}

	private static boolean isSeparator(char c) {
		return c == ':' || c == '-' || c == '.';
	}

	/** White space of any kind, including the no-break spaces and BOM that come along when pasting. */
	private static boolean isBlank(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
	}

	/** Why {@link #tryParseAddress} refused a text, in words for the person who sent it. */
	static String malformedReason(String text) {
		String trimmed = (text == null) ? "" : text.strip();
		if (trimmed.isEmpty()) {
			return "no address given";
		}
		if (trimmed.length() > MAX_INPUT_LENGTH) {
			return "too long to be a MAC address";
		}
		return "not a MAC address: use 00:50:CA:FE:CA:FE, 00-50-ca-fe-ca-fe, 0050.cafe.cafe, 0050cafecafe "
				+ "or a prefix of 3 to 5 octets or 6 to 11 hex digits";
	}

	static String format(MacAddress address) {
		int length = address.length();
		boolean wholeOctets = length % 8 == 0 && length >= 24;
		int octets = wholeOctets ? length / 8 : 6;
		char[] out = new char[wholeOctets ? octets * 3 - 1 : 20];
		int pos = 0;
		for (int i = 0; i < octets; i++) {
			int octet = (int) (address.bits() >>> (40 - 8 * i)) & 0xFF;
			if (i > 0) {
				out[pos++] = ':';
			}
			out[pos++] = HEX[octet >>> 4];
			out[pos++] = HEX[octet & 0xF];
		}
		if (wholeOctets) {
			return new String(out);
		}
		return new String(out, 0, pos) + "/" + length;
	}

}
