package io.github.macmanuf.security;

import io.github.macmanuf.support.HttpApi.Response;
import io.github.macmanuf.support.WritableApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The token rules over real HTTP, with a token configured. */
class TokenHttpTest extends WritableApiTest {

	private static final String BODY = "{\"mac\":\"0E:00:01\",\"manuf\":\"T\",\"manuf_desc\":\"Token test\"}";

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource(delimiter = '|', textBlock = """
			POST   | /chilcano/api/manuf
			PUT    | /chilcano/api/manuf
			PUT    | /chilcano/api/manuf/0E:00:01
			PUT    | /chilcano/api/manuf/0E:00:01:00:00:00/24
			DELETE | /chilcano/api/manuf/0E:00:01
			PATCH  | /chilcano/api/manuf/0E:00:01
			POST   | /chilcano/api/admin/refresh
			""")
	void writeWhenTokenMissingShouldAnswer401WithChallenge(String method, String path) {
		Response response = this.api.send(method, path, "application/json", BODY);
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("detail").asString()).contains("Authorization: Bearer");
	}

	@ParameterizedTest(name = "[{0}]")
	@ValueSource(strings = { "Bearer wrong", "Bearer " + TOKEN + "x", "Bearer test-token-7f3a9", "bearer",
			"Basic dGVzdDp0ZXN0" })
	void writeWhenTokenWrongShouldAnswer401(String authorization) {
		Response response = this.api.send("POST", API, "application/json", BODY, "Authorization", authorization);
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(this.api.get(API + "/0E:00:01:00:00:01").status()).as("nothing written").isEqualTo(404);
	}

	@Test
	void writeWhenTokenRightShouldPass() {
		assertThat(write("POST", API, BODY).status()).isEqualTo(201);
		assertThat(write("DELETE", API + "/0E:00:01", null).status()).isEqualTo(204);
	}

	@Test
	void readsBulkLookupAndDocsShouldBeOpenEvenWithAWrongToken() {
		String[] wrong = { "Authorization", "Bearer wrong" };
		assertThat(this.api.send("GET", API + "/00:50:CA:FE:CA:FE", null, null, wrong).status()).isEqualTo(200);
		assertThat(this.api.send("HEAD", API + "/00:50:CA:FE:CA:FE", null, null).status()).isEqualTo(200);
		assertThat(this.api.send("GET", API + "?q=cisco", null, null, wrong).status()).isEqualTo(200);
		assertThat(this.api.send("POST", API + "/lookup", "application/json", "[\"00:50:CA:FE:CA:FE\"]", wrong)
			.status()).isEqualTo(200);
		assertThat(this.api.send("OPTIONS", API, null, null).status()).isLessThan(400);
		assertThat(this.api.get("/actuator/health").status()).isEqualTo(200);
		assertThat(this.api.get("/v3/api-docs").status()).isEqualTo(200);
		assertThat(this.api.get("/swagger-ui/index.html").status()).isEqualTo(200);
	}

}
