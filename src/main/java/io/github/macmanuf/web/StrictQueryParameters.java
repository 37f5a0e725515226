package io.github.macmanuf.web;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * How the API's controllers read typed query parameters, in one place: an {@code int} ({@code page},
 * {@code size}) only as ASCII digits, a {@code boolean} ({@code force}) only as {@code true} or {@code false}. A
 * value Spring would otherwise stretch to fit answers 400 naming the parameter. Errors stay with
 * {@link ApiExceptionHandler}; this advice only binds.
 */
@ControllerAdvice(basePackageClasses = StrictQueryParameters.class)
class StrictQueryParameters {

	@InitBinder
	void strictTypes(WebDataBinder binder) {
		binder.registerCustomEditor(int.class, new DecimalIntegerEditor());
		binder.registerCustomEditor(boolean.class, new StrictBooleanEditor());
	}

}
