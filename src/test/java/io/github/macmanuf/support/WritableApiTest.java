package io.github.macmanuf.support;

import io.github.macmanuf.support.HttpApi.Response;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole service over real HTTP with an API token configured, on one SQLite file filled from the bundled
 * registry. Every class that extends this shares the one running service, so each uses prefixes of its own.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "manuf.api-token=" + WritableApiTest.TOKEN)
public abstract class WritableApiTest {

	public static final String TOKEN = "test-token-7f3a9c";

	public static final String API = "/chilcano/api/manuf";

	@LocalServerPort
	protected int port;

	protected HttpApi api;

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		TempDataDir.register(registry);
	}

	@BeforeEach
	void client() {
		this.api = HttpApi.local(this.port);
	}

	/** A JSON request with the right token. */
	protected Response write(String method, String path, String json) {
		return this.api.send(method, path, (json != null) ? "application/json" : null, json, "Authorization",
				"Bearer " + TOKEN);
	}

	protected static String entry(String mac, String manuf, String desc) {
		return "{\"mac\":\"" + mac + "\",\"manuf\":\"" + manuf + "\",\"manuf_desc\":\"" + desc + "\"}";
	}

}
