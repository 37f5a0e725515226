package io.github.macmanuf.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;

import io.github.macmanuf.config.OpenApiConfig;
import io.github.macmanuf.registry.LookupOutcome;
import io.github.macmanuf.registry.RegistryService;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/** Looks up many addresses in one request, in order; a bad item gets an error object, never fails the batch. */
@RestController
@RequestMapping(path = "/chilcano/api/manuf", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "lookup")
class BulkLookupController {

	private final RegistryService registry;

	private final int maxItems;

	private final Duration maxBodyTime;

	/**
	 * Held while a bulk request reads its body and looks it up (not while its answer is written): a thread pool's
	 * worth of slow senders cannot pile up.
	 */
	private final Semaphore running;

	BulkLookupController(RegistryService registry, BulkProperties properties) {
		this.registry = registry;
		this.maxItems = properties.maxItems();
		this.maxBodyTime = properties.maxBodyTime();
		this.running = new Semaphore(properties.maxConcurrent());
	}

	/**
	 * {@code GET} (and {@code HEAD}), {@code PUT} and {@code DELETE} on the bulk path: a wrong method, 405 with
	 * {@code Allow: POST}. Without this the single lookup or the entry writes would take it and answer that the
	 * address "lookup" is malformed.
	 */
	@RequestMapping(path = "/lookup", method = { RequestMethod.GET, RequestMethod.PUT, RequestMethod.DELETE })
	@Hidden
	void lookupAllWithWrongMethod(HttpServletRequest request) throws HttpRequestMethodNotSupportedException {
		throw new HttpRequestMethodNotSupportedException(request.getMethod(), List.of("POST"));
	}

	@PostMapping(path = "/lookup", consumes = { MediaType.APPLICATION_JSON_VALUE, MediaType.TEXT_PLAIN_VALUE })
	@Operation(operationId = "lookupAll", summary = "Look up many addresses at once",
			description = "A JSON array of strings, or text/plain with one address per line (blank lines are "
					+ "skipped), so a capture's MAC column can be piped in. Answers a JSON array in the same order: "
					+ "per item the lookup answer, or {address, error, status} with status 400 (malformed) or 404 "
					+ "(not registered). Open to everyone, no token needed.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
					@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							array = @ArraySchema(schema = @Schema(type = "string")),
							examples = @ExampleObject(value = ApiExamples.BULK_REQUEST)),
					@Content(mediaType = MediaType.TEXT_PLAIN_VALUE, schema = @Schema(type = "string"),
							examples = @ExampleObject(value = ApiExamples.BULK_TEXT)) }))
	@ApiResponse(responseCode = "200", description = "One answer per address, in order",
			content = @Content(array = @ArraySchema(schema = @Schema(type = "object",
					oneOf = { LookupResponse.class, BulkError.class })),
					examples = @ExampleObject(value = ApiExamples.BULK_RESPONSE)))
	@ApiResponse(responseCode = "400", description = "The body is not a JSON array of strings",
			content = @Content(mediaType = ApiExamples.PROBLEM, schema = @Schema(ref = OpenApiConfig.PROBLEM),
					examples = @ExampleObject(value = ApiExamples.BULK_INVALID)))
	@ApiResponse(responseCode = "413", description = "More addresses than manuf.bulk.max-items (default 100000), "
			+ "or a body over " + BulkRequestReader.BYTES_PER_ITEM + " bytes per address allowed",
			content = @Content(mediaType = ApiExamples.PROBLEM, schema = @Schema(ref = OpenApiConfig.PROBLEM),
					examples = @ExampleObject(value = ApiExamples.TOO_MANY)))
	@ApiResponse(responseCode = "408", description = "The body stopped arriving, or took longer than "
			+ "manuf.bulk.max-body-time (default 60 s)",
			content = @Content(mediaType = ApiExamples.PROBLEM, schema = @Schema(ref = OpenApiConfig.PROBLEM),
					examples = @ExampleObject(value = ApiExamples.TOO_SLOW)))
	List<Object> lookupAll(HttpServletRequest request) throws IOException {
		if (!this.running.tryAcquire()) {
			throw new BulkBusyException();
		}
		try {
			BulkRequestReader.refuseDeclaredLength(request.getContentLengthLong(), this.maxItems);
			return lookupAll(MediaType.parseMediaType(request.getContentType()), request.getInputStream());
		}
		finally {
			this.running.release();
		}
	}

	private List<Object> lookupAll(MediaType contentType, InputStream body) {
		List<String> items = BulkRequestReader.read(body, contentType, this.maxItems, this.maxBodyTime);
		List<LookupOutcome> outcomes = this.registry.lookupAll(items);
		List<Object> answers = new ArrayList<>(outcomes.size());
		for (LookupOutcome outcome : outcomes) {
			answers.add(answer(outcome));
		}
		return answers;
	}

	private static Object answer(LookupOutcome outcome) {
		if (outcome.isMalformed()) {
			String input = InputEcho.shorten(outcome.input());
			return new BulkError(input, LookupProblem.malformedError(input), 400);
		}
		if (!outcome.isRegistered()) {
			String address = outcome.address().toString();
			return new BulkError(address, LookupProblem.notFoundError(address), 404);
		}
		return LookupResponse.of(outcome.address(), outcome.entry());
	}

}
