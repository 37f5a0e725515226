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

/** Documents the answers of replacing a user entry: 200 (the entry), 400 and 404 (no such user entry). */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ApiResponse(responseCode = "200", description = "Replaced; the entry as a lookup answers it",
		content = @Content(schema = @Schema(implementation = LookupResponse.class),
				examples = @ExampleObject(value = ApiExamples.ENTRY)))
@InvalidEntryResponse
@ApiResponse(responseCode = "404", description = "No user entry has this prefix and mask",
		content = @Content(mediaType = ApiExamples.PROBLEM, schema = @Schema(ref = OpenApiConfig.PROBLEM),
				examples = @ExampleObject(value = ApiExamples.NO_USER_ENTRY)))
@interface EntryResponses {

}
