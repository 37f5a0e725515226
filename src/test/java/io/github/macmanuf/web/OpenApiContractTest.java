package io.github.macmanuf.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.macmanuf.support.ContractSchemas;
import io.github.macmanuf.support.WritableApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed contract {@code src/main/resources/openapi.yaml} is the live {@code /v3/api-docs}, compared as
 * data (key order and formatting do not count). After an intended API change, regenerate it with
 * {@code ./mvnw test -Dtest=OpenApiContractTest -Dopenapi.write=true} and review the diff.
 */
class OpenApiContractTest extends WritableApiTest {

	static final Path CONTRACT = ContractSchemas.CONTRACT;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** With {@code -Dopenapi.write=true}: first replace the committed contract with the live document. */
	@BeforeEach
	void writeContractWhenAsked() throws IOException {
		if (Boolean.getBoolean("openapi.write")) {
			Files.writeString(CONTRACT, this.api.get("/v3/api-docs.yaml").body());
		}
	}

	@Test
	void liveDocumentShouldEqualTheCommittedContract() throws IOException {
		String live = this.api.get("/v3/api-docs.yaml").body();
		List<String> drift = new ArrayList<>();
		diff("", new Yaml().load(Files.readString(CONTRACT)), new Yaml().load(live), drift);
		assertThat(drift).as("live /v3/api-docs differs from %s; if intended, regenerate it with "
				+ "./mvnw test -Dtest=OpenApiContractTest -Dopenapi.write=true", CONTRACT).isEmpty();
	}

	@Test
	void contractShouldDocumentEveryStatusAndTheTokenOnWrites() throws IOException {
		Map<String, Map<String, Map<String, Object>>> paths = paths();
		Map<String, Set<String>> expected = Map.ofEntries(Map.entry("lookup", Set.of("200", "400", "404", "503")),
				Map.entry("lookupPrefix", Set.of("200", "400", "404", "503")),
				Map.entry("lookupAll", Set.of("200", "400", "408", "413", "415", "503")),
				Map.entry("search", Set.of("200", "400", "503")), Map.entry("meta", Set.of("200", "503")),
				Map.entry("createEntry", Set.of("201", "400", "401", "403", "409", "415", "503")),
				Map.entry("replaceEntry", Set.of("200", "400", "401", "403", "404", "415", "503")),
				Map.entry("replaceEntryAt", Set.of("200", "400", "401", "403", "404", "415", "503")),
				Map.entry("replaceEntryAtMask", Set.of("200", "400", "401", "403", "404", "415", "503")),
				Map.entry("deleteEntry", Set.of("204", "400", "401", "403", "404", "503")),
				Map.entry("deleteEntryAtMask", Set.of("204", "400", "401", "403", "404", "503")),
				Map.entry("refresh", Set.of("200", "400", "401", "403", "502", "503")));
		List<String> seen = new ArrayList<>();
		paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
			String id = (String) operation.get("operationId");
			seen.add(id);
			@SuppressWarnings("unchecked")
			Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
			assertThat(responses.keySet()).as(id).isEqualTo(expected.get(id));
			boolean write = !method.equals("get") && !id.equals("lookupAll");
			assertThat(operation.get("security")).as(id).isEqualTo(write ? List.of(Map.of("bearer", List.of())) : null);
			responses.forEach((status, response) -> {
				if (!status.equals("204")) {
					assertThat(response.toString()).as("%s %s has an example", id, status).contains("example");
				}
			});
		}));
		assertThat(seen).containsExactlyInAnyOrderElementsOf(expected.keySet());
	}

	@Test
	void examplesShouldBeWhatTheServiceReallyAnswers() throws IOException {
		Map<String, Object> lookup = paths().get("/chilcano/api/manuf/{mac}").get("get");
		@SuppressWarnings("unchecked")
		var parameter = (Map<String, Object>) ((List<?>) lookup.get("parameters")).get(0);
		Object documented = example(lookup, "200", "application/json");
		assertThat((Object) load(this.api.get(API + "/" + parameter.get("example")).body())).isEqualTo(documented);
		Map<String, Object> bulk = paths().get("/chilcano/api/manuf/lookup").get("post");
		@SuppressWarnings("unchecked")
		var request = (Map<String, Map<String, Map<String, Object>>>) bulk.get("requestBody");
		String json = JSON.writeValueAsString(request.get("content").get("application/json").get("example"));
		String text = (String) request.get("content").get("text/plain").get("example");
		Object answer = example(bulk, "200", "application/json");
		assertThat((Object) load(this.api.send("POST", API + "/lookup", "application/json", json).body()))
			.isEqualTo(answer);
		assertThat((Object) load(this.api.send("POST", API + "/lookup", "text/plain", text).body())).isEqualTo(answer);
	}

	private static Object load(String yamlOrJson) {
		return new Yaml().load(yamlOrJson);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Map<String, Map<String, Object>>> paths() throws IOException {
		Map<String, Object> contract = new Yaml().load(Files.readString(CONTRACT));
		return (Map<String, Map<String, Map<String, Object>>>) contract.get("paths");
	}

	@SuppressWarnings("unchecked")
	private static Object example(Map<String, Object> operation, String status, String mediaType) {
		var responses = (Map<String, Map<String, Map<String, Map<String, Object>>>>) operation.get("responses");
		return responses.get(status).get("content").get(mediaType).get("example");
	}

	private static void diff(String at, Object committed, Object live, List<String> drift) {
		if (committed instanceof Map<?, ?> a && live instanceof Map<?, ?> b) {
			Set<Object> keys = new LinkedHashSet<>(a.keySet());
			keys.addAll(b.keySet());
			keys.forEach((key) -> diff(at + "/" + key, a.get(key), b.get(key), drift));
		}
		else if (committed instanceof List<?> a && live instanceof List<?> b && a.size() == b.size()) {
			for (int i = 0; i < a.size(); i++) {
				diff(at + "/" + i, a.get(i), b.get(i), drift);
			}
		}
		else if (committed == null ? live != null : !committed.equals(live)) {
			drift.add(at + ": committed " + shorten(committed) + ", live " + shorten(live));
		}
	}

	private static String shorten(Object value) {
		String text = String.valueOf(value);
		return (text.length() > 120) ? text.substring(0, 120) + "…" : text;
	}

}
