package io.github.macmanuf.web;

import java.net.URI;

import io.github.macmanuf.mac.MacAddress;
import io.github.macmanuf.mac.MalformedMacException;
import io.github.macmanuf.registry.ManufNotFoundException;
import io.github.macmanuf.registry.RegistryNotReadyException;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one place that turns exceptions into RFC 9457 problem details. Framework errors (405, 415, unknown path,
 * unreadable body) come through {@link ResponseEntityExceptionHandler}; lookup errors also carry the seed's
 * {@code error} key. No stack traces, and echoed input is shortened.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	@ExceptionHandler
	ProblemDetail malformed(MalformedMacException ex, HttpServletRequest request) {
		String input = InputEcho.shorten(ex.input());
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Malformed MAC address", ex.getMessage(), request);
		problem.setProperty("error", "The MAC Address '" + input + "' is malformed");
		problem.setProperty("address", input);
		return problem;
	}

	@ExceptionHandler
	ProblemDetail notFound(ManufNotFoundException ex, HttpServletRequest request) {
		MacAddress address = ex.address();
		String local = address.isLocallyAdministered() ? " It is locally administered (randomized or private)." : "";
		ProblemDetail problem = problem(HttpStatus.NOT_FOUND, "MAC address not registered",
				"No registry entry contains " + address + "." + local, request);
		problem.setProperty("error", "The MAC Address '" + address + "' does not exist");
		problem.setProperty("address", address.toString());
		problem.setProperty("locally_administered", address.isLocallyAdministered());
		problem.setProperty("multicast", address.isMulticast());
		return problem;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> notReady(RegistryNotReadyException ex, HttpServletRequest request) {
		ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "Registry loading", ex.getMessage(), request);
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5").body(problem);
	}

	@ExceptionHandler
	ProblemDetail refreshFailed(RefreshFailedException ex, HttpServletRequest request) {
		RefreshResponse outcome = ex.outcome();
		ProblemDetail problem = problem(HttpStatus.BAD_GATEWAY, "Refresh failed",
				outcome.error() + ". The served data is unchanged.", request);
		problem.setProperty("outcome", outcome.outcome());
		problem.setProperty("error", outcome.error());
		problem.setProperty("http_status", outcome.httpStatus());
		problem.setProperty("manuf_entries", outcome.manufEntries());
		problem.setProperty("wka_entries", outcome.wkaEntries());
		problem.setProperty("sha256", outcome.sha256());
		problem.setProperty("source", outcome.source());
		problem.setProperty("duration_ms", outcome.durationMs());
		return problem;
	}

	/** Framework errors: same shape, and an instance that does not echo a huge path. */
	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
			WebRequest request) {
		if (body instanceof ProblemDetail problem && request instanceof ServletWebRequest servlet) {
			problem.setInstance(instance(servlet.getRequest()));
		}
		return super.createResponseEntity(body, headers, status, request);
	}

	static ProblemDetail problem(HttpStatus status, String title, String detail, HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setType(URI.create("about:blank"));
		problem.setInstance(instance(request));
		return problem;
	}

	private static URI instance(HttpServletRequest request) {
		String path = request.getRequestURI();
		return URI.create((path.length() > InputEcho.MAX_LENGTH) ? path.substring(0, InputEcho.MAX_LENGTH) : path);
	}

}
