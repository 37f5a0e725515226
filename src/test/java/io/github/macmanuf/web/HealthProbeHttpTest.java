package io.github.macmanuf.web;

import io.github.macmanuf.support.HttpApi.Response;
import io.github.macmanuf.support.HttpServiceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HttpCodeStatusMapper;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

/** The liveness and readiness groups answer outside Kubernetes too: the container's HEALTHCHECK asks readiness. */
class HealthProbeHttpTest extends HttpServiceTest {

	@Test
	void readinessWhenStartedShouldBeUp() {
		Response response = this.api.get("/actuator/health/readiness");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("status").asString()).isEqualTo("UP");
	}

	@Test
	void livenessWhenStartedShouldBeUp() {
		Response response = this.api.get("/actuator/health/liveness");
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
