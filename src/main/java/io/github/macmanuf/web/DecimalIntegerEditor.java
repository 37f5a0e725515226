package io.github.macmanuf.web;

import java.beans.PropertyEditorSupport;

/**
 * Reads an {@code int} query parameter ({@code page}, {@code size}) as plain ASCII decimal digits. Spring's own
 * conversion also takes {@code 0x10}, {@code #10}, {@code +5}, padding spaces and full-width digits, none of which
 * is a page number anyone means; refusing them answers 400 naming the parameter.
 */
class DecimalIntegerEditor extends PropertyEditorSupport {

	/** Ten digits reach past {@link Integer#MAX_VALUE}; {@link Integer#parseInt} then refuses the overflow. */
	private static final int MAX_DIGITS = 10;

	@Override
	public void setAsText(String text) {
		if (text.isEmpty() || text.length() > MAX_DIGITS) {
			throw new IllegalArgumentException("not a whole number");
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				throw new IllegalArgumentException("not a whole number");
			}
		}
		setValue(Integer.parseInt(text));
	}

}
