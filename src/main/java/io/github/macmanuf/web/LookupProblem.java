package io.github.macmanuf.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.github.macmanuf.mac.MacAddress;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;

/**
 * The RFC 9457 problem for a lookup that found nothing or could not parse its input, with the seed service's
 * {@code error} key. A fixed-shape record rather than a {@code ProblemDetail}: it is written in one piece with a
 * {@code Content-Length}, where a {@code ProblemDetail} answer is flushed early and sent chunked (this is the
 * hot error path of {@code bench/run.sh}). Sent by the lookup controller for a lookup's outcome, and by the
 * exception handler for a malformed prefix in a lookup or entry path.
 *
 * @param type always {@code about:blank}
 * @param title the short summary
 * @param status the HTTP status
 * @param detail what went wrong and what to send instead
 * @param instance the request path, shortened
 * @param error the seed service's message
 * @param address the query: upper-case colon form when parsed, else the shortened input
 * @param locallyAdministered bit 0x02 of the first octet, {@code null} (left out) when malformed
 * @param multicast bit 0x01 of the first octet, {@code null} (left out) when malformed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record LookupProblem(String type, String title, int status, String detail, String instance, String error,
		String address, @JsonProperty("locally_administered") Boolean locallyAdministered, Boolean multicast) {

	static LookupProblem notFound(MacAddress address, String instance) {
		String text = address.toString();
		String local = address.isLocallyAdministered() ? " It is locally administered (randomized or private)." : "";
		return new LookupProblem("about:blank", "MAC address not registered", 404,
				"No registry entry contains " + text + "." + local, instance,
				notFoundError(text), text, address.isLocallyAdministered(),
				address.isMulticast());
	}

	/**
	 * Sets this problem's status and content type on the response, whose body it then becomes. Not with
	 * {@code @ResponseStatus}, which springdoc would copy into every operation of the OpenAPI document.
	 */
	LookupProblem applyTo(HttpServletResponse response) {
		response.setStatus(this.status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		return this;
	}

	static LookupProblem malformed(String input, String detail, String instance) {
		String shown = InputEcho.shorten(input);
		return new LookupProblem("about:blank", "Malformed MAC address", 400, detail, instance,
				malformedError(shown), shown, null, null);
	}

	/** The seed service's {@code error} for malformed input, also used per item by the bulk lookup. */
	static String malformedError(String shown) {
		return "The MAC Address '" + shown + "' is malformed";
	}

	/** The seed service's {@code error} for an address no entry contains, also used by the bulk lookup. */
	static String notFoundError(String address) {
		return "The MAC Address '" + address + "' does not exist";
	}

}
