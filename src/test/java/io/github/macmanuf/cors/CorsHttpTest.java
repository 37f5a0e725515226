package io.github.macmanuf.cors;

import java.util.stream.Stream;

import io.github.macmanuf.support.HttpApi;
import io.github.macmanuf.support.HttpApi.Response;
import io.github.macmanuf.support.TempDataDir;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CORS over real HTTP with the default rules and one write origin: what a browser would send (Origin header,
 * preflight with Access-Control-Request-Method/-Headers) and what it needs back.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "manuf.cors.write-origins=https://admin.example.org")
class CorsHttpTest {

	static final String ADMIN = "https://admin.example.org";

	static final String STRANGER = "https://stranger.example.net";

	@LocalServerPort
	int port;

	HttpApi api;

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		TempDataDir.register(registry);
	}

	@BeforeEach
	void client() {
		this.api = HttpApi.local(this.port);
	}

	/** Writes of issue 3 and 5's endpoints; their preflights are answered whether or not the endpoints exist. */
	static Stream<Arguments> writes() {
		return Stream.of(Arguments.of("POST", "/chilcano/api/manuf"),
				Arguments.of("PUT", "/chilcano/api/manuf/00:50:CA"),
				Arguments.of("DELETE", "/chilcano/api/manuf/00:50:CA"),
				Arguments.of("POST", "/chilcano/api/admin/refresh"));
	}

	@Test
	void getWhenAnyOriginShouldAnswerWithStarAndExposedHeaders() {
		Response response = this.api.send("GET", "/chilcano/api/manuf/00:50:CA", null, null, "Origin", STRANGER);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo("*");
		assertThat(response.header("Access-Control-Expose-Headers")).contains("Location", "Retry-After");
		assertThat(response.json().get("manuf").asString()).isEqualTo("DZS");
	}

	@Test
	void getWhenNoOriginOrOutsideTheApiShouldCarryNoCorsHeaders() {
		assertThat(this.api.get("/chilcano/api/manuf/00:50:CA").header("Access-Control-Allow-Origin")).isNull();
		Response health = this.api.send("GET", "/actuator/health", null, null, "Origin", STRANGER);
		assertThat(health.status()).isEqualTo(200);
		assertThat(health.header("Access-Control-Allow-Origin")).isNull();
	}

	@ParameterizedTest(name = "{0} {1} [{2}]")
	@CsvSource(delimiter = '|', textBlock = """
			GET  | /chilcano/api/manuf/00:50:CA |
			HEAD | /chilcano/api/manuf/00:50:CA |
			POST | /chilcano/api/manuf/lookup   | content-type
			""")
	void preflightWhenReadOrBulkLookupFromAnyOriginShouldBeAllowed(String method, String path, String headers) {
		Response response = preflight(path, STRANGER, method, headers);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo("*");
		assertThat(response.header("Access-Control-Allow-Methods")).contains(method);
		assertThat(response.header("Access-Control-Max-Age")).isEqualTo("1800");
		if (headers != null) {
			assertThat(response.header("Access-Control-Allow-Headers")).containsIgnoringCase(headers);
		}
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("writes")
	void preflightWhenWriteWithAuthorizationFromListedOriginShouldBeAllowed(String method, String path) {
		Response response = preflight(path, ADMIN, method, "authorization,content-type");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo(ADMIN);
		assertThat(response.header("Access-Control-Allow-Methods")).contains(method);
		assertThat(response.header("Access-Control-Allow-Headers")).containsIgnoringCase("authorization");
		assertThat(response.raw().headers().allValues("Vary")).contains("Origin");
		assertThat(response.header("Access-Control-Allow-Credentials")).isNull();
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("writes")
	void preflightWhenWriteFromUnlistedOriginShouldBeRefused(String method, String path) {
		Response response = preflight(path, STRANGER, method, "authorization,content-type");
		assertThat(response.status()).isEqualTo(403);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.header("Access-Control-Allow-Origin")).isNull();
		assertThat(response.json().get("error").asString()).isEqualTo("Invalid CORS request");
	}

	@Test
	void preflightWhenReadCarriesAuthorizationShouldBeAllowedOnlyForWriteOrigins() {
		assertThat(preflight("/chilcano/api/manuf/00:50:CA", STRANGER, "GET", "authorization").status())
			.isEqualTo(403);
		Response admin = preflight("/chilcano/api/manuf/00:50:CA", ADMIN, "GET", "authorization");
		assertThat(admin.status()).isEqualTo(200);
		assertThat(admin.header("Access-Control-Allow-Origin")).isEqualTo(ADMIN);
	}

	@Test
	void preflightWhenMethodAllowedNowhereShouldBeRefusedEvenForWriteOrigins() {
		assertThat(preflight("/chilcano/api/manuf/00:50:CA", ADMIN, "TRACE", null).status()).isEqualTo(403);
	}

	@Test
	void writeWhenFromUnlistedOriginShouldBeRefusedBeforeReachingTheApi() {
		Response response = this.api.send("DELETE", "/chilcano/api/manuf/00:50:CA", null, null, "Origin", STRANGER,
				"Authorization", "Bearer whatever");
		assertThat(response.status()).isEqualTo(403);
		assertThat(response.json().get("error").asString()).isEqualTo("Invalid CORS request");
	}

	@Test
	void writeWhenFromListedOriginShouldPassTheCorsCheck() {
		Response response = this.api.send("DELETE", "/chilcano/api/manuf/00:50:CA", null, null, "Origin", ADMIN);
		assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo(ADMIN);
		assertThat(response.body()).doesNotContain("Invalid CORS request");
	}

	@Test
	void writeWhenSameOriginShouldNotBeTreatedAsCrossOrigin() {
		Response response = this.api.send("DELETE", "/chilcano/api/manuf/00:50:CA", null, null, "Origin",
				"http://localhost:" + this.port);
		assertThat(response.header("Access-Control-Allow-Origin")).isNull();
		assertThat(response.body()).doesNotContain("Invalid CORS request");
	}

	private Response preflight(String path, String origin, String method, String headers) {
		return (headers != null)
				? this.api.send("OPTIONS", path, null, null, "Origin", origin, "Access-Control-Request-Method", method,
						"Access-Control-Request-Headers", headers)
				: this.api.send("OPTIONS", path, null, null, "Origin", origin, "Access-Control-Request-Method",
						method);
	}

}
