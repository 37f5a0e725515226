package io.github.macmanuf.config;

import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;

/**
 * Answers no controller declares: 401 and 403 from the security filter on every operation that needs the token,
 * 415 on every operation with a body sent in another media type, and 503 on every API operation while the first
 * registry index is still loading (and on the bulk lookup while all its slots are busy).
 */
final class CommonResponses {

	private static final String API = "/chilcano/api/";

	private CommonResponses() {
	}

	static void addTo(OpenAPI openApi) {
		openApi.getPaths().forEach((path, item) -> {
			if (path.startsWith(API)) {
				item.readOperations().forEach(CommonResponses::addTo);
			}
		});
	}

	private static void addTo(Operation operation) {
		boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
		if (secured) {
			operation.getResponses().addApiResponse("401", problem("Missing or wrong bearer token",
					Map.of("type", "about:blank", "title", "Unauthorized", "status", 401, "detail",
							"This request changes data: send 'Authorization: Bearer <token>' with the API token "
									+ "(MANUF_API_TOKEN) this service was started with.",
							"instance", "/chilcano/api/manuf"))
				.addHeaderObject("WWW-Authenticate", new Header().description("Bearer challenge")
					.schema(new StringSchema().example("Bearer realm=\"mac-manuf\""))));
			operation.getResponses().addApiResponse("403", problem("No API token is configured: writes are disabled",
					Map.of("type", "about:blank", "title", "Writes disabled", "status", 403, "detail",
							"Writes are disabled because no API token is configured. To enable them, set the "
									+ "environment variable MANUF_API_TOKEN (property manuf.api-token) to a secret "
									+ "and restart, then send 'Authorization: Bearer <token>' with every POST, PUT "
									+ "or DELETE.",
							"instance", "/chilcano/api/manuf")));
		}
		if (operation.getRequestBody() != null && !operation.getResponses().containsKey("415")) {
			operation.getResponses().addApiResponse("415", problem("The body is not in a media type listed here",
					Map.of("type", "about:blank", "title", "Unsupported Media Type", "status", 415, "detail",
							"Content-Type 'application/x-www-form-urlencoded' is not supported.", "instance",
							"/chilcano/api/manuf")));
		}
		String bulkBusy = "lookupAll".equals(operation.getOperationId())
				? ", or as many bulk lookups as manuf.bulk.max-concurrent allows are running" : "";
		operation.getResponses().addApiResponse("503", problem("The registry is still loading (first seconds after "
				+ "start)" + bulkBusy + "; retry after Retry-After seconds",
				Map.of("type", "about:blank", "title", "Registry loading", "status", 503, "detail",
						"the registry is still loading", "instance", "/chilcano/api/manuf/00:50:CA:FE:CA:FE"))
			.addHeaderObject("Retry-After", new Header().schema(new IntegerSchema().example(5))));
	}

	private static ApiResponse problem(String description, Map<String, Object> example) {
		Schema<?> ref = new Schema<>().$ref(OpenApiConfig.PROBLEM);
		return new ApiResponse().description(description)
			.content(new Content().addMediaType("application/problem+json",
					new MediaType().schema(ref).example(example)));
	}

	/** RFC 9457 members, plus the ones this API adds to some errors. */
	static Schema<?> problemSchema() {
		ObjectSchema fieldError = new ObjectSchema();
		fieldError.addProperty("field", new StringSchema().description("JSON name of the field, or body or [i]"));
		fieldError.addProperty("message", new StringSchema());
		ObjectSchema problem = new ObjectSchema();
		problem.description("RFC 9457 problem details (application/problem+json)");
		problem.addProperty("type", new StringSchema().example("about:blank"));
		problem.addProperty("title", new StringSchema());
		problem.addProperty("status", new IntegerSchema());
		problem.addProperty("detail", new StringSchema().description("What went wrong and how to fix it"));
		problem.addProperty("instance", new StringSchema().description("The request path"));
		problem.addProperty("error", new StringSchema().description("Lookups: the seed service's error text"));
		problem.addProperty("address", new StringSchema().description("Lookups: the address asked about"));
		problem.addProperty("errors", new ArraySchema().items(fieldError).description("400: each invalid field"));
		return problem;
	}

}
