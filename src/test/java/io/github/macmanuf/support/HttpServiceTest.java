package io.github.macmanuf.support;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole service over real HTTP on a random port, with a fresh SQLite file filled from the bundled registry
 * and the default settings (no API token). Classes that extend this without other settings share one service.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
public abstract class HttpServiceTest {

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

}
