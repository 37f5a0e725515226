package io.github.macmanuf.web;

import java.net.URI;

import io.github.macmanuf.config.OpenApiConfig;
import io.github.macmanuf.mac.MacAddress;
import io.github.macmanuf.registry.ManufEntry;
import io.github.macmanuf.store.RegistryWriter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.groups.Default;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Creates, replaces and deletes user entries (source {@code user}), which override imported entries with the
 * same prefix and mask. A prefix in the URL is one segment in any notation (the bits given decide the mask:
 * {@code 70B3D5123} is /36) or two, address then mask ({@code 70:B3:D5:12:30:00/36}).
 */
@RestController
@RequestMapping(path = "/chilcano/api/manuf", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "user entries")
@SecurityRequirement(name = OpenApiConfig.BEARER)
class EntryController {

	private static final String PREFIX_DOC = "The prefix in any accepted notation; the bits given decide the mask "
			+ "(70:B3:D5 is /24, 70B3D5123 is /36, a full address /48)";

	private final RegistryWriter writer;

	EntryController(RegistryWriter writer) {
		this.writer = writer;
	}

	/** The URL of the entry at {@code prefix}: one segment for whole octets, else address and mask. */
	static String path(MacAddress prefix) {
		return "/chilcano/api/manuf/" + prefix;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "createEntry", summary = "Add a user entry",
			description = "Overrides an imported entry with the same prefix and mask at once, and survives restarts "
					+ "and re-imports of the registry.")
	@ApiResponse(responseCode = "201", description = "Created; Location is the entry's URL",
			headers = @Header(name = "Location", description = "URL of the new entry",
					schema = @Schema(type = "string", example = "http://localhost:5000/chilcano/api/manuf/70:B3:D5:12:30:00/36")),
			content = @Content(schema = @Schema(implementation = LookupResponse.class),
					examples = @ExampleObject(value = ApiExamples.ENTRY)))
	@InvalidEntryResponse
	@ApiResponse(responseCode = "409", description = "A user entry with this prefix and mask exists",
			content = @Content(mediaType = ApiExamples.PROBLEM, schema = @Schema(ref = OpenApiConfig.PROBLEM),
					examples = @ExampleObject(value = ApiExamples.CONFLICT)))
	ResponseEntity<LookupResponse> create(
			@Validated({ Default.class, EntryRequest.MacRequired.class }) @RequestBody EntryRequest request) {
		ManufEntry entry = this.writer.create(request.toEntry(request.prefix()));
		URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path(path(entry.prefix())).build().toUri();
		return ResponseEntity.created(location).body(answer(entry));
	}

	@PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "replaceEntry", summary = "Replace a user entry, named in the body")
	@EntryResponses
	LookupResponse replace(
			@Validated({ Default.class, EntryRequest.MacRequired.class }) @RequestBody EntryRequest request) {
		return answer(this.writer.update(request.toEntry(request.prefix())));
	}

	@PutMapping(path = "/{mac}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "replaceEntryAt", summary = "Replace the user entry at a prefix",
			description = "The body's mac may be left out; when given it must name the same prefix and mask.")
	@EntryResponses
	LookupResponse replaceAt(
			@Parameter(description = PREFIX_DOC, example = "70B3D5123") @PathVariable("mac") String prefix,
			@Valid @RequestBody EntryRequest request) {
		return answer(this.writer.update(request.toEntry(samePrefix(MacAddress.parsePrefix(prefix), request))));
	}

	@PutMapping(path = "/{mac}/{mask}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "replaceEntryAtMask", summary = "Replace the user entry at a prefix and mask",
			description = "The body's mac may be left out; when given it must name the same prefix and mask.")
	@EntryResponses
	LookupResponse replaceAtMask(@Parameter(example = "70:B3:D5:12:30:00") @PathVariable("mac") String prefix,
			@Parameter(description = "Mask length, 1 to 48", example = "36",
					schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "48")) @PathVariable String mask,
			@Valid @RequestBody EntryRequest request) {
		MacAddress path = MacAddress.parsePrefix(prefix + "/" + mask);
		return answer(this.writer.update(request.toEntry(samePrefix(path, request))));
	}

	@DeleteMapping("/{mac}")
	@Operation(operationId = "deleteEntry", summary = "Delete the user entry at a prefix",
			description = "The imported entry it overrode, if any, is served again at once.")
	@DeleteResponses
	ResponseEntity<Void> delete(
			@Parameter(description = PREFIX_DOC, example = "70B3D5123") @PathVariable("mac") String prefix) {
		this.writer.delete(MacAddress.parsePrefix(prefix));
		return ResponseEntity.noContent().build();
	}

	@DeleteMapping("/{mac}/{mask}")
	@Operation(operationId = "deleteEntryAtMask", summary = "Delete the user entry at a prefix and mask",
			description = "The imported entry it overrode, if any, is served again at once.")
	@DeleteResponses
	ResponseEntity<Void> deleteAtMask(@Parameter(example = "70:B3:D5:12:30:00") @PathVariable("mac") String prefix,
			@Parameter(description = "Mask length, 1 to 48", example = "36",
					schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "48")) @PathVariable String mask) {
		this.writer.delete(MacAddress.parsePrefix(prefix + "/" + mask));
		return ResponseEntity.noContent().build();
	}

	private static MacAddress samePrefix(MacAddress path, EntryRequest request) {
		MacAddress body = request.prefix();
		if (body != null && !body.equals(path)) {
			throw new InvalidFieldException("mac", "names " + body + " but the URL names " + path
					+ ": leave it out or make them the same");
		}
		return path;
	}

	private static LookupResponse answer(ManufEntry entry) {
		return LookupResponse.of(entry.prefix(), entry);
	}

}
