package io.github.macmanuf.web;

import io.github.macmanuf.mac.MacAddress;
import io.github.macmanuf.mac.MalformedMacException;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link MacPrefix} with the one parser, and reports the parser's reason. */
class MacPrefixValidator implements ConstraintValidator<MacPrefix, String> {

	@Override
	public boolean isValid(String value, ConstraintValidatorContext context) {
		if (value == null) {
			return true;
		}
		try {
			MacAddress.parsePrefix(value);
			return true;
		}
		catch (MalformedMacException ex) {
			context.disableDefaultConstraintViolation();
			// the reason is fixed text, never the input; escaped anyway, as a message template
			context.buildConstraintViolationWithTemplate(ex.getMessage().replaceAll("([\\\\{}$])", "\\\\$1"))
				.addConstraintViolation();
			return false;
		}
	}

}
