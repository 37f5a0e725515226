package io.github.macmanuf.web;

import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;

import io.github.macmanuf.mac.MalformedMacException;
import io.github.macmanuf.registry.RegistryNotReadyException;
import io.github.macmanuf.security.WritesDisabledException;
import io.github.macmanuf.store.EntryExistsException;
import io.github.macmanuf.store.EntryNotFoundException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one place that turns exceptions into RFC 9457 problem details. Framework errors (405, 415, unknown path,
 * unreadable body) come through {@link ResponseEntityExceptionHandler}; lookup errors also carry the seed's
 * {@code error} key; invalid input names its fields. Spring Security's entry point sends its 401 and 403 here
 * too. No stack traces, and echoed input is shortened.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	/** The methods Spring Security's {@code StrictHttpFirewall} lets through by default. */
	private static final List<String> FIREWALL_METHODS = List.of("GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH",
			"DELETE");

	/** A malformed prefix in a lookup or entry path; a malformed single lookup is an outcome, not an exception. */
	@ExceptionHandler
	LookupProblem malformed(MalformedMacException ex, HttpServletRequest request, HttpServletResponse response) {
		return LookupProblem.malformed(ex.input(), ex.getMessage(), InputEcho.path(request)).applyTo(response);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> notReady(RegistryNotReadyException ex, HttpServletRequest request) {
		ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "Registry loading", ex.getMessage(), request);
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5").body(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> bulkBusy(BulkBusyException ex, HttpServletRequest request) {
		ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "Bulk lookups busy", "As many bulk lookups "
				+ "as manuf.bulk.max-concurrent allows are running; retry in a second, or look addresses up one by "
				+ "one meanwhile.", request);
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1").body(problem);
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

	/** A path no endpoint serves: say so without naming Spring's static-resource machinery. */
	@Override
	protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ex.getBody();
		problem.setDetail("No endpoint at this path. Lookups are GET /chilcano/api/manuf/{mac}.");
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	@ExceptionHandler
	ProblemDetail invalidField(InvalidFieldException ex, HttpServletRequest request) {
		return withInstance(FieldErrors.problem(List.of(new FieldErrors.Error(ex.field(), ex.getMessage()))), request);
	}

	@ExceptionHandler
	ProblemDetail entryExists(EntryExistsException ex, HttpServletRequest request) {
		String path = EntryController.path(ex.existing().prefix());
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "User entry exists", "A user entry for "
				+ ex.existing().prefix() + " exists already: change it with PUT " + path + " or delete it first.",
				request);
		problem.setProperty("mac", ex.existing().prefix().toString());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail noUserEntry(EntryNotFoundException ex, HttpServletRequest request) {
		String hint = ex.importedPresent()
				? " The entry served there is imported and cannot be changed or deleted; POST a user entry to "
						+ "override it."
				: " Create one with POST /chilcano/api/manuf.";
		ProblemDetail problem = problem(HttpStatus.NOT_FOUND, "No such user entry",
				"There is no user entry for " + ex.prefix() + "." + hint, request);
		problem.setProperty("mac", ex.prefix().toString());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail bulkLimit(BulkLimitException ex, HttpServletRequest request) {
		ProblemDetail problem = problem(HttpStatus.CONTENT_TOO_LARGE, ex.title(), ex.getMessage(), request);
		problem.setProperty(ex.property(), ex.limit());
		return problem;
	}

	/** Sent here by the security entry point; the 401's WWW-Authenticate header is set already. */
	@ExceptionHandler
	ProblemDetail unauthenticated(AuthenticationException ex, HttpServletRequest request) {
		if (ex instanceof WritesDisabledException) {
			return problem(HttpStatus.FORBIDDEN, "Writes disabled", ex.getMessage(), request);
		}
		String detail = (ex instanceof OAuth2AuthenticationException)
				? "The bearer token is not the API token this service was started with."
				: "This request changes data: send 'Authorization: Bearer <token>' with the API token "
						+ "(MANUF_API_TOKEN) this service was started with.";
		return problem(HttpStatus.UNAUTHORIZED, "Unauthorized", detail, request);
	}

	/**
	 * Sent here by Spring Security's firewall ({@code ..}, encoded line breaks, a method such as TRACE it does not
	 * allow: that one is a 405, as Tomcat answered TRACE before).
	 */
	@ExceptionHandler
	ProblemDetail rejected(RequestRejectedException ex, HttpServletRequest request, HttpServletResponse response) {
		if (!FIREWALL_METHODS.contains(request.getMethod())) {
			response.setHeader(HttpHeaders.ALLOW, String.join(", ", FIREWALL_METHODS));
			return problem(HttpStatus.METHOD_NOT_ALLOWED, "Method Not Allowed",
					"Only " + String.join(", ", FIREWALL_METHODS) + " requests are served here.", request);
		}
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Bad Request", "The request was rejected before it "
				+ "reached the API: its URL holds what no API path has (an empty, . or .. segment, a ;, an encoded "
				+ "slash, backslash, percent sign or line break, or a broken %-escape).",
				request);
		problem.setProperty("error", "The request is malformed");
		return problem;
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return handleExceptionInternal(ex, FieldErrors.problem(FieldErrors.of(ex.getBindingResult())), headers,
				status, request);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return handleExceptionInternal(ex, FieldErrors.problem(FieldErrors.of(ex)), headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		return handleExceptionInternal(ex, FieldErrors.problem(List.of(FieldErrors.of(ex))), headers, status,
				request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return handleExceptionInternal(ex, FieldErrors.problem(List.of(FieldErrors.of(ex))), headers, status,
				request);
	}

	/** A body without a readable {@code Content-Type}: say which to send, not "Content-Type 'null' is not supported". */
	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String supported = ex.getSupportedMediaTypes().stream().map(MediaType::toString)
			.collect(Collectors.joining(", "));
		if (ex.getContentType() == null) {
			String problem = (request.getHeader(HttpHeaders.CONTENT_TYPE) == null) ? "has no Content-Type"
					: "has a Content-Type that is not a media type";
			ex.getBody().setDetail("The request " + problem + ": send one of " + supported + ".");
		}
		else {
			ex.getBody().setDetail("Content-Type '" + InputEcho.shorten(ex.getContentType().toString())
					+ "' is not supported: send one of " + supported + ".");
		}
		return super.handleHttpMediaTypeNotSupported(ex, headers, status, request);
	}

	/** Framework errors: same shape, and an instance that does not echo a huge path. */
	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
			WebRequest request) {
		if (body instanceof ProblemDetail problem && request instanceof ServletWebRequest servlet) {
			withInstance(problem, servlet.getRequest());
		}
		return super.createResponseEntity(body, headers, status, request);
	}

	static ProblemDetail problem(HttpStatus status, String title, String detail, HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return withInstance(problem, request);
	}

	private static ProblemDetail withInstance(ProblemDetail problem, HttpServletRequest request) {
		problem.setType(URI.create("about:blank"));
		problem.setInstance(instance(request));
		return problem;
	}

	private static URI instance(HttpServletRequest request) {
		return URI.create(InputEcho.path(request));
	}

	static URI instance(String path) {
		return URI.create(InputEcho.path(path));
	}

}
