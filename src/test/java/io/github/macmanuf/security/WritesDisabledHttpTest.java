package io.github.macmanuf.security;

import io.github.macmanuf.support.HttpApi.Response;
import io.github.macmanuf.support.HttpServiceTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** With no token configured (the default) every write is refused with 403 and says how to enable writes. */
class WritesDisabledHttpTest extends HttpServiceTest {

	@ParameterizedTest(name = "{0} {1} [{2}]")
	@CsvSource(delimiter = '|', textBlock = """
			POST   | /chilcano/api/manuf          |
			POST   | /chilcano/api/manuf          | Bearer anything
			PUT    | /chilcano/api/manuf/0E:00:02 | Bearer
			DELETE | /chilcano/api/manuf/0E:00:02 |
			POST   | /chilcano/api/admin/refresh  | Bearer x
			""")
	void writeWhenNoTokenConfiguredShouldAnswer403WithHowToEnable(String method, String path, String authorization) {
		String body = "{\"mac\":\"0E:00:02\",\"manuf\":\"T\",\"manuf_desc\":\"T\"}";
		Response response = (authorization != null)
				? this.api.send(method, path, "application/json", body, "Authorization", authorization)
				: this.api.send(method, path, "application/json", body);
		assertThat(response.status()).isEqualTo(403);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("detail").asString()).contains("MANUF_API_TOKEN").contains("manuf.api-token");
		assertThat(this.api.get("/chilcano/api/manuf/0E:00:02:00:00:01").status()).isEqualTo(404);
	}

	@Test
	void readsAndBulkLookupShouldStayOpen() {
		assertThat(this.api.get("/chilcano/api/manuf/00:50:CA:FE:CA:FE").status()).isEqualTo(200);
		assertThat(this.api.send("POST", "/chilcano/api/manuf/lookup", "text/plain", "00:50:CA:FE:CA:FE").status())
			.isEqualTo(200);
		assertThat(this.api.get("/chilcano/api/manuf/meta").status()).isEqualTo(200);
	}

}
