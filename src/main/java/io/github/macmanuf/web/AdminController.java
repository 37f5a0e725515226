package io.github.macmanuf.web;

import io.github.macmanuf.config.OpenApiConfig;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.github.macmanuf.refresh.RegistryRefresher;
import io.github.macmanuf.store.ImportAttempt;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operator actions: {@code POST /chilcano/api/admin/refresh} checks the source now and answers the outcome (200
 * imported or unchanged, 502 problem when the source failed). Needs the bearer token like every write.
 */
@RestController
@Tag(name = "admin")
@SecurityRequirement(name = OpenApiConfig.BEARER)
@RequestMapping(path = "/chilcano/api/admin", produces = MediaType.APPLICATION_JSON_VALUE)
class AdminController {

	private static final String UNCHANGED = """
			{"outcome":"unchanged","manuf_entries":52417,"wka_entries":216,"sha256":\
			"f8f37ba966611437062d0c94bf3ec6d4774c87fe6ebdc3f553e2def91c555d2d","error":null,"http_status":304,\
			"bytes":0,"header_date":"2024-08-25T08:01:19Z","source":"https://www.wireshark.org/download/automated/data/manuf",\
			"at":"2026-12-03T14:00:00Z","duration_ms":412}""";

	private static final String FAILED = """
			{"type":"about:blank","title":"Refresh failed","status":502,"detail":"HTTP 503 from the source. The \
			served data is unchanged.","instance":"/chilcano/api/admin/refresh","outcome":"failed","error":\
			"HTTP 503 from the source","http_status":503}""";

	private final RegistryRefresher refresher;

	AdminController(RegistryRefresher refresher) {
		this.refresher = refresher;
	}

	@Operation(operationId = "refresh", summary = "Check the registry source now and import newer data",
			description = "Downloads manuf and wka from the configured source (conditional request), validates them "
					+ "and swaps them in atomically. The served data never changes when anything fails.")
	@ApiResponse(responseCode = "200", description = "Imported, or unchanged (304 or same SHA-256)",
			content = @Content(schema = @Schema(implementation = RefreshResponse.class),
					examples = @ExampleObject(value = UNCHANGED)))
	@ApiResponse(responseCode = "400", description = "force is not exactly true or false",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(ref = OpenApiConfig.PROBLEM), examples = @ExampleObject(value = ApiExamples.FORCE_INVALID)))
	@ApiResponse(responseCode = "502", description = "The source failed; the served data is unchanged",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(ref = OpenApiConfig.PROBLEM), examples = @ExampleObject(value = FAILED)))
	@PostMapping("/refresh")
	RefreshResponse refresh(@Parameter(description = "import even a file with under 90 % of the current entries")
	@RequestParam(defaultValue = "false") boolean force) {
		ImportAttempt attempt = this.refresher.refresh("manual", force);
		if (attempt.failed()) {
			throw new RefreshFailedException(RefreshResponse.of(attempt));
		}
		return RefreshResponse.of(attempt);
	}

}
