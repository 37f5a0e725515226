package io.github.macmanuf.support;

import io.github.macmanuf.support.HttpApi.Response;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * {@link HttpServiceTest} with an API token configured. Every class that extends this shares the one running
 * service, so each writes under prefixes of its own.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "manuf.api-token=" + WritableApiTest.TOKEN)
public abstract class WritableApiTest extends HttpServiceTest {

	public static final String TOKEN = "test-token-7f3a9c";

	/** A JSON request with the right token. */
	protected Response write(String method, String path, String json) {
		return this.api.send(method, path, (json != null) ? "application/json" : null, json, "Authorization",
				"Bearer " + TOKEN);
	}

	protected static String entry(String mac, String manuf, String desc) {
		return "{\"mac\":\"" + mac + "\",\"manuf\":\"" + manuf + "\",\"manuf_desc\":\"" + desc + "\"}";
	}

}
