package io.github.macmanuf.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.util.ClassUtils;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Builds the 400 problem for invalid input: a {@code detail} that names every offending field and an
 * {@code errors} list of {@code {field, message}}, with fields by their JSON (snake_case) names.
 */
final class FieldErrors {

	private FieldErrors() {
	}

	/** One offending field and what is wrong with it. */
	record Error(String field, String message) {
	}

	/** The problem for {@code errors}, listed by field name so the answer does not vary between runs. */
	static ProblemDetail problem(List<Error> errors) {
		errors = errors.stream().sorted(Comparator.comparing(Error::field)).toList();
		String detail = errors.stream().map((e) -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setTitle("Invalid request");
		problem.setProperty("errors", errors);
		return problem;
	}

	static List<Error> of(BindingResult result) {
		List<Error> errors = new ArrayList<>();
		for (FieldError error : result.getFieldErrors()) {
			errors.add(new Error(jsonName(error.getField()), error.getDefaultMessage()));
		}
		result.getGlobalErrors().forEach((error) -> errors.add(new Error("body", error.getDefaultMessage())));
		return errors;
	}

	static List<Error> of(HandlerMethodValidationException ex) {
		List<Error> errors = new ArrayList<>();
		ex.getParameterValidationResults().forEach((result) -> result.getResolvableErrors()
			.forEach((error) -> errors.add(new Error(result.getMethodParameter().getParameterName(),
					error.getDefaultMessage()))));
		return errors;
	}

	/** A path variable or query parameter that is not of its type, e.g. {@code /00:50:CA/abc} or {@code size=x}. */
	static Error of(TypeMismatchException ex) {
		Class<?> type = (ex.getRequiredType() != null) ? ClassUtils.resolvePrimitiveIfNecessary(ex.getRequiredType())
				: Object.class;
		String name = (ex instanceof MethodArgumentTypeMismatchException argument) ? argument.getName()
				: ex.getPropertyName();
		String message = (type == Integer.class) ? "must be one whole number in digits, with no sign, up to 2147483647"
				: Number.class.isAssignableFrom(type) ? "must be one whole number, in digits"
				: (type == Boolean.class) ? "must be true or false" : "has the wrong type";
		return new Error((name != null) ? name : "request", message);
	}

	/**
	 * Says what is wrong with a body that could not be read, in words of our own (no class names): where the
	 * syntax breaks (bytes that are not UTF-8 included), or which field has the wrong type.
	 */
	static Error of(HttpMessageNotReadableException ex) {
		Throwable cause = ex.getMostSpecificCause();
		if (cause instanceof StreamReadException syntax) {
			return new Error("body", notValidJson(syntax));
		}
		if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
			String path = jackson.getPath().stream()
				.map((ref) -> (ref.getPropertyName() != null) ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
				.collect(Collectors.joining("."));
			return new Error(path, "has the wrong type: expected a string");
		}
		return new Error("body", "is missing, not a JSON object, or followed by more JSON: send one JSON object");
	}

	/** What is wrong with JSON that does not parse, and where: {@code is not valid JSON (line 1, column 30)}. */
	static String notValidJson(JacksonException syntax) {
		TokenStreamLocation at = syntax.getLocation();
		String where = (at != null) ? " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")" : "";
		String original = syntax.getOriginalMessage();
		String encoding = (original != null && original.contains("UTF-8")) ? " in UTF-8" : "";
		return "is not valid JSON" + encoding + where;
	}

	/** The API's JSON names are the snake_case of the Java names ({@code manufDesc} is {@code manuf_desc}). */
	private static String jsonName(String javaName) {
		return javaName.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
	}

}
