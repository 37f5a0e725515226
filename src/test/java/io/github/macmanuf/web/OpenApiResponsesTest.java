package io.github.macmanuf.web;

import io.github.macmanuf.support.HttpApi.Response;
import io.github.macmanuf.support.WritableApiTest;
import org.junit.jupiter.api.Test;

import static io.github.macmanuf.support.ContractSchemas.assertMatches;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Live answers, nulls and errors included, validate against the response schemas of the committed contract
 * ({@link OpenApiContractTest} keeps it equal to the live document): what a client generated from the contract
 * expects is what it gets. The refresh's answers are checked in {@code RefreshHttpTest}, which has a source.
 */
class OpenApiResponsesTest extends WritableApiTest {

	@Test
	void lookupsAndTheirErrorsShouldMatchTheContract() {
		assertMatches("/chilcano/api/manuf/{mac}", this.api.get(API + "/00:50:CA:FE:CA:FE"), 200);
		assertMatches("/chilcano/api/manuf/{mac}", this.api.get(API + "/02:00:00:00:00:01"), 404);
		assertMatches("/chilcano/api/manuf/{mac}", this.api.get(API + "/zz"), 400);
		assertMatches("/chilcano/api/manuf/{mac}/{mask}", this.api.get(API + "/00:1B:C5:00:10:00/36"), 200);
	}

	@Test
	void bulkSearchAndMetaShouldMatchTheContract() {
		Response bulk = this.api.send("POST", API + "/lookup", "application/json",
				"[\"00:50:CA:FE:CA:FE\",\"3a:12:34:56:78:9a\",\"not-a-mac\"]");
		assertThat(bulk.json()).hasSize(3);
		assertMatches("/chilcano/api/manuf/lookup", bulk, 200);
		assertMatches("/chilcano/api/manuf/lookup", this.api.send("POST", API + "/lookup", "application/json", "{}"),
				400);
		assertMatches("/chilcano/api/manuf", this.api.get(API + "?q=cisco&size=2"), 200);
		assertMatches("/chilcano/api/manuf", this.api.get(API + "?size=1"), 200);
		assertMatches("/chilcano/api/manuf/meta", this.api.get(API + "/meta"), 200);
	}

	@Test
	void writesAndTheirErrorsShouldMatchTheContract() {
		String path = "/chilcano/api/manuf";
		assertMatches(path, write("POST", API, entry("0A:5C:4E", "Schema", "Schema Checks Ltd")), 201);
		assertMatches(path, write("POST", API, entry("0A:5C:4E", "Schema", "Schema Checks Ltd")), 409);
		assertMatches(path, write("POST", API, entry("0A:5C:4F", "", "x")), 400);
		assertMatches(path, this.api.send("POST", API, "application/json", entry("0A:5C:4F", "a", "b")), 401);
		assertMatches("/chilcano/api/manuf/{mac}", write("PUT", API + "/0A5C4E", "{\"manuf\":\"S\",\"manuf_desc\":\"S\"}"),
				200);
		assertMatches("/chilcano/api/manuf/{mac}", write("DELETE", API + "/0A5C4F", null), 404);
		assertMatches("/chilcano/api/admin/refresh", write("POST", "/chilcano/api/admin/refresh?force=yes", null), 400);
	}

}
