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

/** Documents the 400 of a write: bad JSON, a bad prefix or mask, or bad names; the problem names each field. */
@Target({ ElementType.METHOD, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
@ApiResponse(responseCode = "400", description = "Invalid body or prefix; errors[] names each field",
		content = @Content(mediaType = ApiExamples.PROBLEM, schema = @Schema(ref = OpenApiConfig.PROBLEM),
				examples = @ExampleObject(value = ApiExamples.INVALID)))
@interface InvalidEntryResponse {

}
