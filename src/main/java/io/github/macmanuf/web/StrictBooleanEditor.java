package io.github.macmanuf.web;

import java.beans.PropertyEditorSupport;

/**
 * Reads a {@code boolean} query parameter ({@code force}) as exactly {@code true} or {@code false}. Spring's own
 * conversion also takes {@code yes}, {@code on} and {@code 1} (and, repeated, {@code true,false}); a typo should
 * answer 400 naming the parameter rather than start a forced refresh.
 */
class StrictBooleanEditor extends PropertyEditorSupport {

	@Override
	public void setAsText(String text) {
		if (!"true".equals(text) && !"false".equals(text)) {
			throw new IllegalArgumentException("not true or false");
		}
		setValue(Boolean.valueOf(text));
	}

}
