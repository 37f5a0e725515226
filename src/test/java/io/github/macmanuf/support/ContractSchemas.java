package io.github.macmanuf.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import com.networknt.schema.Error;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.github.macmanuf.support.HttpApi.Response;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The response schemas of the committed OpenAPI 3.1 contract, checked under its JSON Schema 2020-12 dialect with
 * formats asserted (a {@code format: uri} that gets a relative path fails, as it does in other validators).
 */
public final class ContractSchemas {

	public static final Path CONTRACT = Path.of("src/main/resources/openapi.yaml");

	private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
			(registry) -> registry.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true)
				.build()));

	private static final JsonNode DOCUMENT = load();

	private ContractSchemas() {
	}

	/** The answer has the status, a media type the contract lists for it, and a body its schema accepts. */
	public static void assertMatches(String template, Response response, int status) {
		assertThat(response.status()).as(template).isEqualTo(status);
		String method = response.raw().request().method().toLowerCase(Locale.ROOT);
		String mediaType = response.contentType().split(";")[0].trim();
		JsonNode content = DOCUMENT.path("paths").path(template).path(method).path("responses")
			.path(String.valueOf(status)).path("content");
		assertThat(content.has(mediaType)).as("%s %s %d lists %s", method, template, status, mediaType).isTrue();
		ObjectNode schema = ((ObjectNode) content.get(mediaType).get("schema")).deepCopy();
		schema.set("components", DOCUMENT.get("components"));
		List<Error> errors = SCHEMAS.getSchema(schema).validate(response.json());
		assertThat(errors).as("%s %s %d: %s", method, template, status, response.body()).isEmpty();
	}

	private static JsonNode load() {
		try {
			return JsonMapper.builder().build().valueToTree(new Yaml().load(Files.readString(CONTRACT)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
