package io.github.macmanuf.web;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One bulk item that has no answer, in the seed's error wording.
 *
 * @param address the address normalised, or the input (shortened) when it is malformed
 * @param error why there is no answer
 * @param status 400 for a malformed item, 404 for one no registry entry contains
 */
@Schema(description = "A bulk item without an answer", example = ApiExamples.BULK_ERROR,
		requiredProperties = { "address", "error", "status" })
record BulkError(String address, String error,
		@Schema(description = "400 (malformed) or 404 (not registered)", example = "404") int status) {
}
