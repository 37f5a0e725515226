package io.github.macmanuf.web;

import io.github.macmanuf.support.HttpApi;
import io.github.macmanuf.support.HttpApi.Response;
import io.github.macmanuf.support.TempDataDir;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HttpCodeStatusMapper;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The liveness and readiness groups answer outside Kubernetes too: the container's HEALTHCHECK asks readiness. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class HealthProbeHttpTest {

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		TempDataDir.register(registry);
	}

	@Test
	void readinessWhenStartedShouldBeUp() {
		Response response = HttpApi.local(this.port).get("/actuator/health/readiness");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("status").asString()).isEqualTo("UP");
	}

	@Test
	void livenessWhenStartedShouldBeUp() {
		Response response = HttpApi.local(this.port).get("/actuator/health/liveness");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("status").asString()).isEqualTo("UP");
	}

	@Test
	void healthStatusMappingWhenDownShouldStay503SoProbesFailWhileLoading(
			@Autowired HttpCodeStatusMapper statusMapper) {
		assertThat(statusMapper.getStatusCode(Status.DOWN)).isEqualTo(503);
		assertThat(statusMapper.getStatusCode(Status.OUT_OF_SERVICE)).isEqualTo(503);
		assertThat(statusMapper.getStatusCode(new Status("STALE"))).isEqualTo(200);
		assertThat(statusMapper.getStatusCode(Status.UP)).isEqualTo(200);
	}

}
