package io.github.macmanuf.web;

import java.util.List;

import io.github.macmanuf.config.OpenApiConfig;
import io.github.macmanuf.refresh.RefreshStatus;
import io.github.macmanuf.registry.RegistryService;
import io.github.macmanuf.store.RegistryStore;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import org.springframework.http.MediaType;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Finds registry entries by vendor name, and tells what data is being served. */
@RestController
@RequestMapping(path = "/chilcano/api/manuf", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "registry")
class SearchController {

	static final int MAX_PAGE_SIZE = 500;

	static final int MAX_QUERY = 256;

	private final RegistryService registry;

	private final RegistryStore store;

	private final RefreshStatus refresh;

	SearchController(RegistryService registry, RegistryStore store, RefreshStatus refresh) {
		this.registry = registry;
		this.store = store;
		this.refresh = refresh;
	}

	@GetMapping
	@Operation(operationId = "search", summary = "Search entries by vendor name",
			description = "The entries whose short or long name contains q, ignoring case (no q: every entry), "
					+ "optionally of one source, sorted by prefix and paged.")
	@ApiResponse(responseCode = "200", description = "One page of matching entries",
			content = @Content(schema = @Schema(implementation = SearchResponse.class),
					examples = @ExampleObject(value = ApiExamples.SEARCH)))
	@ApiResponse(responseCode = "400", description = "A parameter is out of range; errors[] names it",
			content = @Content(mediaType = ApiExamples.PROBLEM, schema = @Schema(ref = OpenApiConfig.PROBLEM),
					examples = @ExampleObject(value = ApiExamples.SEARCH_INVALID)))
	SearchResponse search(
			@Parameter(description = "Text to find in the short or long name", example = "cisco",
					schema = @Schema(type = "string", maxLength = MAX_QUERY)) @RequestParam(required = false) String q,
			@Parameter(description = "Only entries of this source",
					schema = @Schema(allowableValues = { "manuf", "wka", "user" }))
			@RequestParam(required = false) @Pattern(regexp = "manuf|wka|user",
					message = "must be manuf, wka or user") String source,
			@Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0")
			@Min(value = 0, message = "must be 0 or more") int page,
			@Parameter(description = "Entries per page, 1 to " + MAX_PAGE_SIZE) @RequestParam(defaultValue = "20")
			@Min(value = 1, message = "must be 1 to " + MAX_PAGE_SIZE)
			@Max(value = MAX_PAGE_SIZE, message = "must be 1 to " + MAX_PAGE_SIZE) int size) {
		// characters as the contract's maxLength counts them (an emoji is one), not Java's UTF-16 units; checked here
		// rather than with entry names' @Pattern, which springdoc would copy into the contract as a Java-only regex
		if (q != null && q.codePointCount(0, q.length()) > MAX_QUERY) {
			throw new InvalidFieldException("q", "must be at most " + MAX_QUERY + " characters");
		}
		return SearchResponse.of(q, source, this.registry.search(q, source, page, size));
	}

	/** {@code PUT} and {@code DELETE} on the meta path: 405 with {@code Allow: GET, HEAD}, not a write to "meta". */
	@RequestMapping(path = "/meta", method = { RequestMethod.PUT, RequestMethod.DELETE })
	@Hidden
	void metaWithWrongMethod(HttpServletRequest request) throws HttpRequestMethodNotSupportedException {
		throw new HttpRequestMethodNotSupportedException(request.getMethod(), List.of("GET", "HEAD"));
	}

	@GetMapping("/meta")
	@Operation(operationId = "meta", summary = "What data is served",
			description = "Entry counts by mask length and by source, and when and from where the registry was "
					+ "imported.")
	@ApiResponse(responseCode = "200", description = "Counts and the current import",
			content = @Content(schema = @Schema(implementation = MetaResponse.class),
					examples = @ExampleObject(value = ApiExamples.META)))
	MetaResponse meta() {
		return MetaResponse.of(this.registry.counts(), this.store.currentImport().orElse(null),
				this.refresh.dataVersion());
	}

}
