package io.github.macmanuf.mac;

/**
 * A MAC address or address prefix: the leading {@code length} bits of a 48-bit address, the rest zero.
 * The one place that parses and formats every notation the service accepts.
 *
 * @param bits the address as a 48-bit number (first octet in bits 47..40), bits past {@code length} cleared
 * @param length how many leading bits are significant, 1 to 48
 */
public record MacAddress(long bits, int length) {

	public static final int BITS = 48;

	private static final long ALL_BITS = (1L << BITS) - 1;

	private static final long BROADCAST = ALL_BITS;

	public MacAddress {
		if (length < 1 || length > BITS) {
			throw new IllegalArgumentException("length must be 1 to 48: " + length);
		}
		bits &= mask(length);
	}

	/** Parses an address or a prefix in any accepted notation; see {@link MacNotation}. */
	public static MacAddress parse(String text) {
		return MacNotation.parseAddress(text);
	}

	/** Parses like {@link #parse} but answers {@code null} for malformed text instead of throwing. */
	public static MacAddress tryParse(String text) {
		return MacNotation.tryParseAddress(text);
	}

	/** Why {@link #tryParse} answered {@code null} for {@code text}: the message of a malformed-address error. */
	public static String malformedReason(String text) {
		return MacNotation.malformedReason(text);
	}

	/** Parses an address or prefix with an optional {@code /N} mask; without one the bits given decide. */
	public static MacAddress parsePrefix(String text) {
		return MacNotation.parsePrefix(text);
	}

	/** The bit mask that keeps the leading {@code length} bits of a 48-bit address. */
	public static long mask(int length) {
		return ALL_BITS & ~((1L << (BITS - length)) - 1);
	}

	public boolean isFullAddress() {
		return this.length == BITS;
	}

	/** Bit 0x02 of the first octet: a randomized or otherwise locally assigned address. */
	public boolean isLocallyAdministered() {
		return (firstOctet() & 0x02) != 0;
	}

	/** Bit 0x01 of the first octet: a group address (broadcast included). */
	public boolean isMulticast() {
		return (firstOctet() & 0x01) != 0;
	}

	public boolean isBroadcast() {
		return isFullAddress() && this.bits == BROADCAST;
	}

	/** Whether {@code address} lies inside this prefix (and gives at least as many bits). */
	public boolean contains(MacAddress address) {
		return address.length >= this.length && (address.bits & mask(this.length)) == this.bits;
	}

	private int firstOctet() {
		return (int) (this.bits >>> 40) & 0xFF;
	}

	/**
	 * Upper-case colon form: whole octets when the length is 24, 32, 40 or 48 bits
	 * ({@code 00:50:CA}, {@code 00:50:CA:FE:CA:FE}), otherwise six octets and the mask
	 * ({@code 8C:1F:64:AF:A0:00/36}). Every form parses back to the same value.
	 */
	@Override
	public String toString() {
		return MacNotation.format(this);
	}

}
