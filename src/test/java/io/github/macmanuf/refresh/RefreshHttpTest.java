package io.github.macmanuf.refresh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

import io.github.macmanuf.registry.PrefixIndex;
import io.github.macmanuf.registry.RegistryService;
import io.github.macmanuf.store.ImportAttempt;
import io.github.macmanuf.store.ImportRecord;
import io.github.macmanuf.store.RegistryStore;
import io.github.macmanuf.support.ContractSchemas;
import io.github.macmanuf.support.HttpApi;
import io.github.macmanuf.support.HttpApi.Response;
import io.github.macmanuf.support.RegistryFiles;
import io.github.macmanuf.support.TempDataDir;
import io.github.macmanuf.support.UpstreamServer;
import io.github.macmanuf.support.UpstreamServer.Answer;
import io.github.macmanuf.support.UpstreamServer.Request;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Refreshes against a real local HTTP server standing in for Wireshark's: new, unchanged, redirected and gzipped
 * files are taken; every kind of failure leaves the served index, the database and the kept files as they were
 * while lookups running at the same time keep answering.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RefreshHttpTest {

	static final UpstreamServer UPSTREAM = UpstreamServer.start();

	static final String TOKEN = "test-token";

	static Path dataDir;

	@LocalServerPort
	int port;

	@Autowired
	RegistryRefresher refresher;

	@Autowired
	RegistryService registry;

	@Autowired
	RegistryStore store;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		dataDir = TempDataDir.register(registry);
		registry.add("manuf.source.manuf-url", () -> UPSTREAM.url("/manuf"));
		registry.add("manuf.source.wka-url", () -> UPSTREAM.url("/wka"));
		registry.add("manuf.source.read-timeout", () -> "1s");
		registry.add("manuf.source.max-size", () -> "4MB");
		registry.add("manuf.api-token", () -> TOKEN);
	}

	@AfterAll
	static void stopUpstream() {
		UPSTREAM.close();
	}

	@BeforeEach
	void serveWka() {
		UPSTREAM.answer("/wka", UpstreamServer.file(RegistryFiles.wka(), "\"wka-1\""));
	}

	@Test
	void refreshWhenSourceHasNewerFileShouldImportItAndSwapTheIndex() throws IOException {
		establish("Alpha");
		byte[] newer = RegistryFiles.newerManuf("Bravo");
		UPSTREAM.answer("/manuf", UpstreamServer.file(newer, "\"bravo\""));
		var outcome = ConcurrentLookups.during(this.registry, () -> this.refresher.refresh("manual", false));
		ImportAttempt attempt = outcome.result();
		assertThat(attempt.outcome()).isEqualTo(ImportAttempt.IMPORTED);
		assertThat(attempt.httpStatus()).isEqualTo(200);
		assertThat(attempt.manufEntries()).isEqualTo(52418);
		assertThat(attempt.wkaEntries()).isEqualTo(216);
		assertThat(attempt.headerDate()).isEqualTo(Instant.parse("2024-08-25T08:01:19Z"));
		assertThat(outcome.failed()).isZero();
		assertThat(outcome.succeeded()).isPositive();
		assertThat(shortName("00:50:CA:FE:CA:FE")).isEqualTo("Bravo");
		assertThat(shortName("0A:00:00:00:01:23")).isEqualTo("Bravo");
		assertThat(this.registry.currentIndex().size()).isEqualTo(52633);
		assertThat(this.store.currentImport().orElseThrow().getSha256()).isEqualTo(attempt.sha256());
		assertThat(this.store.history(1).get(0)).isEqualTo(attempt);
		assertThat(Files.readAllBytes(dataDir.resolve("downloads/manuf"))).isEqualTo(newer);
	}

	@Test
	void refreshWhenConnectionDropsDuringTheBodyShouldFetchOnceMoreAndImport() {
		establish("Echo");
		UPSTREAM.answer("/manuf", UpstreamServer.cutOnce(RegistryFiles.newerManuf("Foxtrot")));
		UPSTREAM.clearRequests();
		ImportAttempt attempt = this.refresher.refresh("manual", false);
		assertThat(attempt.outcome()).as(attempt.error()).isEqualTo(ImportAttempt.IMPORTED);
		assertThat(UPSTREAM.requests("/manuf")).hasSize(2);
		assertThat(shortName("00:50:CA:FE:CA:FE")).isEqualTo("Foxtrot");
	}

	@Test
	void refreshWhenSourceUnchangedShouldCostOne304PerFileAndNotReimport() {
		establish("Charlie");
		UPSTREAM.clearRequests();
		PrefixIndex before = this.registry.currentIndex();
		Instant importedAt = this.store.currentImport().orElseThrow().getImportedAt();
		ImportAttempt attempt = this.refresher.refresh("manual", false);
		assertThat(attempt.outcome()).isEqualTo(ImportAttempt.UNCHANGED);
		assertThat(attempt.httpStatus()).isEqualTo(304);
		assertThat(attempt.bytes()).isZero();
		Request manuf = UPSTREAM.requests("/manuf").get(0);
		assertThat(UPSTREAM.requests("/manuf")).hasSize(1);
		assertThat(UPSTREAM.requests("/wka")).hasSize(1);
		assertThat(manuf.header("If-None-Match")).isEqualTo("\"Charlie\"");
		assertThat(manuf.header("If-Modified-Since")).isEqualTo("Sun, 25 Aug 2024 08:01:19 GMT");
		assertThat(manuf.header("User-Agent")).startsWith("mac-manuf/");
		assertThat(manuf.header("Accept-Encoding")).isEqualTo("gzip");
		assertThat(UPSTREAM.requests("/wka").get(0).header("If-None-Match")).isEqualTo("\"wka-1\"");
		assertThat(this.registry.currentIndex()).isSameAs(before);
		assertThat(this.store.currentImport().orElseThrow().getImportedAt()).isEqualTo(importedAt);
	}

	@Test
	void refreshWhenSameBytesComeWithoutValidatorsShouldNotReimport() {
		establish("Delta");
		UPSTREAM.answer("/manuf", UpstreamServer.plain(RegistryFiles.newerManuf("Delta")));
		PrefixIndex before = this.registry.currentIndex();
		ImportAttempt attempt = this.refresher.refresh("manual", false);
		assertThat(attempt.outcome()).isEqualTo(ImportAttempt.UNCHANGED);
		assertThat(attempt.httpStatus()).isEqualTo(200);
		assertThat(attempt.sha256()).isEqualTo(this.store.currentImport().orElseThrow().getSha256());
		assertThat(this.registry.currentIndex()).isSameAs(before);
	}

	@ParameterizedTest
	@EnumSource(Failure.class)
	void refreshWhenSourceFailsShouldKeepServingTheSameData(Failure failure) throws IOException {
		establish("Base");
		PrefixIndex before = this.registry.currentIndex();
		ImportRecord current = this.store.currentImport().orElseThrow();
		int stored = this.store.loadEntries().size();
		byte[] kept = Files.readAllBytes(dataDir.resolve("downloads/manuf"));
		UPSTREAM.answer(failure.path, failure.answer);
		var outcome = ConcurrentLookups.during(this.registry, () -> this.refresher.refresh("scheduled", false));
		ImportAttempt attempt = outcome.result();
		assertThat(attempt.outcome()).isEqualTo(ImportAttempt.FAILED);
		assertThat(attempt.error()).containsIgnoringCase(failure.reason);
		assertThat(outcome.failed()).isZero();
		assertThat(outcome.succeeded()).isPositive();
		assertThat(this.registry.currentIndex()).isSameAs(before);
		assertThat(shortName("00:50:CA:FE:CA:FE")).isEqualTo("Base");
		ImportRecord after = this.store.currentImport().orElseThrow();
		assertThat(after.getSha256()).isEqualTo(current.getSha256());
		assertThat(after.getImportedAt()).isEqualTo(current.getImportedAt());
		assertThat(this.store.loadEntries()).hasSize(stored);
		assertThat(Files.readAllBytes(dataDir.resolve("downloads/manuf"))).isEqualTo(kept);
		try (Stream<Path> files = Files.list(dataDir.resolve("downloads"))) {
			assertThat(files.map((f) -> f.getFileName().toString())).containsExactlyInAnyOrder("manuf", "wka");
		}
		assertThat(this.store.history(1).get(0).outcome()).isEqualTo(ImportAttempt.FAILED);
	}

	@Test
	void refreshWhenRedirectedShouldFollowToTheFile() {
		establish("Echo");
		UPSTREAM.answer("/manuf", UpstreamServer.redirect(UPSTREAM.url("/mirror/manuf")));
		UPSTREAM.answer("/mirror/manuf", UpstreamServer.file(RegistryFiles.newerManuf("Foxtrot"), "\"f\""));
		assertThat(this.refresher.refresh("manual", false).outcome()).isEqualTo(ImportAttempt.IMPORTED);
		assertThat(shortName("00:50:CA:FE:CA:FE")).isEqualTo("Foxtrot");
	}

	@Test
	void refreshWhenGzippedShouldDecodeContentEncodingAndGzFiles() {
		establish("Golf");
		byte[] hotel = RegistryFiles.gzip(RegistryFiles.newerManuf("Hotel"));
		UPSTREAM.answer("/manuf", UpstreamServer.gzipEncoded(hotel));
		assertThat(this.refresher.refresh("manual", false).outcome()).isEqualTo(ImportAttempt.IMPORTED);
		assertThat(shortName("00:50:CA:FE:CA:FE")).isEqualTo("Hotel");
		UPSTREAM.answer("/manuf", UpstreamServer.plain(RegistryFiles.gzip(RegistryFiles.newerManuf("India"))));
		assertThat(this.refresher.refresh("manual", false).outcome()).isEqualTo(ImportAttempt.IMPORTED);
		assertThat(shortName("00:50:CA:FE:CA:FE")).isEqualTo("India");
	}

	@Test
	void refreshWhenTruncatedButForcedShouldImportIt() {
		establish("Juliet");
		UPSTREAM.answer("/manuf", UpstreamServer.plain(RegistryFiles.truncated(RegistryFiles.newerManuf("Kilo"), 0.5)));
		assertThat(this.refresher.refresh("manual", false).failed()).isTrue();
		ImportAttempt forced = this.refresher.refresh("manual", true);
		assertThat(forced.outcome()).isEqualTo(ImportAttempt.IMPORTED);
		assertThat(forced.manufEntries()).isBetween(20000, 30000);
		assertThat(this.registry.currentIndex().size()).isEqualTo(this.store.loadEntries().size()).isLessThan(30000);
	}

	@Test
	void adminRefreshShouldReportTheOutcome() {
		establish("Oscar");
		UPSTREAM.answer("/manuf", UpstreamServer.file(RegistryFiles.newerManuf("Papa"), "\"papa\""));
		HttpApi api = HttpApi.local(this.port);
		Response imported = api.send("POST", "/chilcano/api/admin/refresh", null, null, "Authorization",
				"Bearer " + TOKEN);
		assertThat(imported.status()).isEqualTo(200);
		JsonNode json = imported.json();
		assertThat(json.get("outcome").asString()).isEqualTo("imported");
		assertThat(json.get("manuf_entries").asInt()).isEqualTo(52418);
		assertThat(json.get("wka_entries").asInt()).isEqualTo(216);
		assertThat(json.get("sha256").asString()).hasSize(64);
		assertThat(json.get("error").isNull()).isTrue();
		assertThat(shortName("00:50:CA:FE:CA:FE")).isEqualTo("Papa");
		Response unchanged = api.send("POST", "/chilcano/api/admin/refresh", null, null, "Authorization",
				"Bearer " + TOKEN);
		assertThat(unchanged.json().get("outcome").asString()).isEqualTo("unchanged");
		assertThat(unchanged.json().get("sha256").asString()).isEqualTo(json.get("sha256").asString());
	}

	@Test
	void adminRefreshWhenSourceFailsShouldAnswer502ProblemAndForceShouldOverrideTheSizeCheck() {
		establish("Quebec");
		UPSTREAM.answer("/manuf", UpstreamServer.status(503));
		HttpApi api = HttpApi.local(this.port);
		Response failed = api.send("POST", "/chilcano/api/admin/refresh", null, null, "Authorization",
				"Bearer " + TOKEN);
		assertThat(failed.status()).isEqualTo(502);
		assertThat(failed.contentType()).startsWith("application/problem+json");
		assertThat(failed.json().get("outcome").asString()).isEqualTo("failed");
		assertThat(failed.json().get("error").asString()).isEqualTo("HTTP 503 from 127.0.0.1");
		assertThat(failed.body()).doesNotContain("Exception");
		ContractSchemas.assertMatches("/chilcano/api/admin/refresh", failed, 502);
		assertThat(shortName("00:50:CA:FE:CA:FE")).isEqualTo("Quebec");
		UPSTREAM.answer("/manuf", UpstreamServer.plain(RegistryFiles.truncated(RegistryFiles.newerManuf("Romeo"), 0.5)));
		Response refused = api.send("POST", "/chilcano/api/admin/refresh", null, null, "Authorization",
				"Bearer " + TOKEN);
		assertThat(refused.status()).isEqualTo(502);
		assertThat(refused.json().get("error").asString()).contains("truncated");
		Response forced = api.send("POST", "/chilcano/api/admin/refresh?force=true", null, null, "Authorization",
				"Bearer " + TOKEN);
		assertThat(forced.status()).isEqualTo(200);
		assertThat(forced.json().get("outcome").asString()).isEqualTo("imported");
		ContractSchemas.assertMatches("/chilcano/api/admin/refresh", forced, 200);
	}

	@ParameterizedTest(name = "force={0}")
	@ValueSource(strings = { "maybe", "yes", "on", "1", "TRUE", "true&force=false" })
	void refreshWhenForceIsNotTrueOrFalseShouldAnswer400AndNotRefresh(String force) {
		int attempts = this.store.history(1000).size();
		Response response = HttpApi.local(this.port).send("POST", "/chilcano/api/admin/refresh?force=" + force,
				null, null, "Authorization", "Bearer " + TOKEN);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("detail").asString()).isEqualTo("force: must be true or false");
		assertThat(this.store.history(1000)).hasSize(attempts);
	}

	@Test
	void actuatorShouldShowTheDataVersionAndCountRefreshes() {
		establish("Sierra");
		HttpApi api = HttpApi.local(this.port);
		ImportRecord served = this.store.currentImport().orElseThrow();
		JsonNode data = api.get("/actuator/info").json().get("data");
		assertThat(data.get("sha256").asString()).isEqualTo(served.getSha256());
		assertThat(data.get("source").asString()).isEqualTo(UPSTREAM.url("/manuf"));
		assertThat(data.get("header_date").asString()).isEqualTo("2024-08-25T08:01:19Z");
		assertThat(data.get("manuf_entries").asInt()).isEqualTo(52418);
		assertThat(data.hasNonNull("verified_at")).isTrue();
		JsonNode dataAge = api.get("/actuator/health").json().get("components").get("dataAge");
		assertThat(dataAge.get("status").asString()).isEqualTo("UP");
		assertThat(dataAge.get("details").get("age_days").asInt()).isZero();
		String metrics = api.get("/actuator/prometheus").body();
		assertThat(metrics).containsPattern("manuf_refresh_total\\{outcome=\"imported\"} [1-9]");
		assertThat(metrics).contains("manuf_data_age_seconds ");
	}

	/** Makes the version called {@code name} the served data. */
	private void establish(String name) {
		UPSTREAM.answer("/manuf", UpstreamServer.file(RegistryFiles.newerManuf(name), "\"" + name + "\""));
		ImportAttempt attempt = this.refresher.refresh("manual", true);
		assertThat(attempt.failed()).as(attempt.error()).isFalse();
		assertThat(shortName("00:50:CA:FE:CA:FE")).isEqualTo(name);
	}

	private String shortName(String address) {
		return this.registry.lookup(address).entry().shortName();
	}

	/** Ways a source fails, and a word the reason must contain. */
	enum Failure {

		SERVER_ERROR("/manuf", UpstreamServer.status(503), "HTTP 503"),
		NOT_FOUND("/manuf", UpstreamServer.status(404), "HTTP 404"),
		WKA_UNAVAILABLE("/wka", UpstreamServer.status(503), "HTTP 503"),
		REDIRECT_LOOP("/manuf", UpstreamServer.redirect("/manuf"), "after the redirects were followed: a redirect loop"),
		HTML_PAGE("/manuf", UpstreamServer.html("text/html; charset=utf-8"), "HTML"),
		HTML_AS_TEXT("/manuf", UpstreamServer.html("text/plain"), "HTML"),
		TRUNCATED("/manuf", UpstreamServer.plain(RegistryFiles.truncated(RegistryFiles.newerManuf("Lima"), 0.6)),
				"truncated"),
		EMPTY("/manuf", UpstreamServer.plain(new byte[0]), "no entries"),
		CORRUPT_GZIP("/manuf",
				UpstreamServer.plain(RegistryFiles.truncated(RegistryFiles.gzip(RegistryFiles.newerManuf("Mike")), 0.5)),
				"corrupt"),
		STALLED("/manuf", UpstreamServer.stall(RegistryFiles.newerManuf("November"), Duration.ofSeconds(4)),
				"stalled"),
		TOO_LARGE("/manuf", UpstreamServer.plain(new byte[5 * 1024 * 1024]), "larger than the 4 MB limit");

		final String path;

		final Answer answer;

		final String reason;

		Failure(String path, Answer answer, String reason) {
			this.path = path;
			this.answer = answer;
			this.reason = reason;
		}

	}

}
