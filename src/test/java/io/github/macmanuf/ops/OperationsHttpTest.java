package io.github.macmanuf.ops;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.macmanuf.support.HttpServiceTest;
import io.github.macmanuf.support.HttpApi.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;


import static org.assertj.core.api.Assertions.assertThat;

/** Actuator over real HTTP with the bundled snapshot: probes, data age, data version, Prometheus meters. */
class OperationsHttpTest extends HttpServiceTest {

	@Test
	void healthWhenDataIsOlderThanMaxAgeShouldBeStaleButReadyAndLive() {
		Response health = this.api.get("/actuator/health");
		assertThat(health.status()).isEqualTo(200);
		JsonNode json = health.json();
		assertThat(json.get("status").asString()).isEqualTo("STALE");
		JsonNode dataAge = json.get("components").get("dataAge");
		assertThat(dataAge.get("status").asString()).isEqualTo("STALE");
		assertThat(dataAge.get("details").get("stale").asBoolean()).isTrue();
		assertThat(dataAge.get("details").get("current_as_of").asString()).isEqualTo("2024-08-25T08:01:19Z");
		Response readiness = this.api.get("/actuator/health/readiness");
		assertThat(readiness.status()).isEqualTo(200);
		assertThat(readiness.json().get("status").asString()).isEqualTo("UP");
		assertThat(readiness.json().get("components").get("registry").get("details").get("entries").asInt())
			.isEqualTo(52632);
		assertThat(readiness.json().get("components").has("dataAge")).isFalse();
		assertThat(json.get("components").get("diskSpace").get("details").get("path").asString())
			.as("the data folder's disk, not the working directory's").contains("mac-manuf-test");
		Response liveness = this.api.get("/actuator/health/liveness");
		assertThat(liveness.status()).isEqualTo(200);
		assertThat(liveness.json().get("status").asString()).isEqualTo("UP");
	}

	@Test
	void infoShouldShowTheDataVersion() {
		JsonNode info = this.api.get("/actuator/info").json();
		JsonNode data = info.get("data");
		assertThat(data.get("source").asString()).startsWith("bundled:libwireshark-data");
		assertThat(data.get("sha256").asString()).hasSize(64);
		assertThat(data.get("header_date").asString()).isEqualTo("2024-08-25T08:01:19Z");
		assertThat(data.hasNonNull("imported_at")).isTrue();
		assertThat(data.hasNonNull("verified_at")).isFalse();
		assertThat(data.get("manuf_entries").asInt()).isEqualTo(52417);
		assertThat(data.get("wka_entries").asInt()).isEqualTo(216);
		assertThat(info.get("refresh").get("enabled").asBoolean()).isFalse();
	}

	@Test
	void prometheusShouldCountLookupsByOutcome() {
		String before = this.api.get("/actuator/prometheus").body();
		this.api.get("/chilcano/api/manuf/00:50:CA:FE:CA:FE");
		this.api.get("/chilcano/api/manuf/02:00:00:00:00:01");
		this.api.get("/chilcano/api/manuf/00:50:ca:fe:ca:fe:01");
		String after = this.api.get("/actuator/prometheus").body();
		for (String outcome : new String[] { "hit", "miss", "malformed" }) {
			String counter = "manuf_lookups_total\\{outcome=\"" + outcome + "\"}";
			assertThat(value(after, counter)).isEqualTo(value(before, counter) + 1);
		}
		assertThat(value(after, "manuf_lookup_latency_seconds_count"))
			.isEqualTo(value(before, "manuf_lookup_latency_seconds_count") + 3);
		assertThat(value(after, "manuf_registry_entries")).isEqualTo(52632);
		assertThat(value(after, "manuf_data_age_seconds")).isGreaterThan(30 * 86400);
		assertThat(after).contains("manuf_bulk_size_addresses_count").contains("manuf_refresh_total{outcome=\"failed\"}");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/env", "/actuator/beans", "/actuator/metrics", "/actuator/configprops",
			"/actuator/loggers", "/actuator/heapdump" })
	void actuatorShouldExposeNothingButHealthInfoAndPrometheus(String path) {
		assertThat(this.api.get(path).status()).isEqualTo(404);
	}

	private static double value(String exposition, String meter) {
		Matcher matcher = Pattern.compile("(?m)^" + meter + " (\\S+)$").matcher(exposition);
		assertThat(matcher.find()).as(meter).isTrue();
		return Double.parseDouble(matcher.group(1));
	}

}
