package io.github.macmanuf.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.github.macmanuf.config.OpenApiConfig;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** Documents the lookup answers 200 (an entry), 400 (malformed) and 404 (not registered). */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ApiResponse(responseCode = "200", description = "The matching entry",
		content = @Content(schema = @Schema(implementation = LookupResponse.class),
				examples = @ExampleObject(value = ApiExamples.LOOKUP)))
@ApiResponse(responseCode = "400", description = "Not a MAC address or prefix in any accepted notation",
		content = @Content(mediaType = ApiExamples.PROBLEM, schema = @Schema(ref = OpenApiConfig.PROBLEM),
				examples = @ExampleObject(value = ApiExamples.MALFORMED)))
@ApiResponse(responseCode = "404", description = "No registry entry contains the address",
		content = @Content(mediaType = ApiExamples.PROBLEM, schema = @Schema(ref = OpenApiConfig.PROBLEM),
				examples = @ExampleObject(value = ApiExamples.LOOKUP_NOT_FOUND)))
@interface LookupResponses {

}
