package io.github.macmanuf.refresh;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import io.github.macmanuf.support.ChildService;
import io.github.macmanuf.support.HttpApi;
import io.github.macmanuf.support.RegistryFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code kill -9} in the middle of an import: the service runs as a child process, is killed with SIGKILL once its
 * big refresh transaction has written megabytes of uncommitted rows to SQLite's write-ahead log, and is started
 * again on the same data folder.
 */
class KillDuringImportTest {

	private static final Duration STARTUP = Duration.ofMinutes(3);

	private static final int EXTRA_ENTRIES = 250_000;

	@TempDir
	Path dir;

	@Test
	void killDuringImportShouldRestartWithTheLastCompleteData() throws Exception {
		Path data = this.dir.resolve("data");
		Path manuf = bigManuf();
		Path wka = Files.write(this.dir.resolve("wka"), RegistryFiles.wka());
		try (ChildService first = ChildService.start(data, "--manuf.refresh.enabled=true",
				"--manuf.refresh.startup-delay=0s", "--manuf.source.manuf-url=" + manuf.toUri(),
				"--manuf.source.wka-url=" + wka, "--logging.level.io.github.macmanuf.refresh.RegistryRefresher=DEBUG")) {
			first.awaitLine("Storing ", STARTUP);
			Path wal = data.resolve("manuf.db-wal");
			long before = Files.size(wal);
			awaitGrowth(wal, before + 4 * 1024 * 1024);
			first.kill();
			assertThat(first.awaitExit(Duration.ofSeconds(30))).isNotZero();
			assertThat(first.logged("Refresh (startup) imported")).as("killed before the import committed").isFalse();
		}
		try (ChildService second = ChildService.start(data, "--manuf.refresh.enabled=false")) {
			HttpApi api = HttpApi.local(second.awaitPort(STARTUP));
			second.awaitLine("Serving 52632 registry entries", STARTUP);
			assertThat(api.get("/chilcano/api/manuf/00:50:CA:FE:CA:FE").json().get("manuf").asString())
				.isEqualTo("DZS");
			assertThat(api.get("/chilcano/api/manuf/00:1B:C5:00:12:34").json().get("manuf").asString())
				.isEqualTo("OpenRBco");
			assertThat(api.get("/chilcano/api/manuf/02:00:00:00:01:00").status()).isEqualTo(404);
			JsonNode version = api.get("/actuator/info").json().get("data");
			assertThat(version.get("source").asString()).startsWith("bundled:");
			assertThat(version.get("manuf_entries").asInt()).isEqualTo(52417);
			try (Stream<Path> parts = Files.list(data.resolve("downloads"))) {
				assertThat(parts).noneMatch((file) -> file.toString().endsWith(".part"));
			}
		}
	}

	/** Waits until the uncommitted import has written {@code size} bytes to SQLite's write-ahead log. */
	private static void awaitGrowth(Path wal, long size) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + STARTUP.toNanos();
		while (Files.size(wal) < size) {
			assertThat(System.nanoTime()).as("the import did not write to the WAL").isLessThan(deadline);
			Thread.sleep(5);
		}
	}

	/** The bundled manuf with 00:50:CA renamed and 250,000 more entries: an import that takes a while. */
	private Path bigManuf() throws IOException {
		StringBuilder text = new StringBuilder(new String(RegistryFiles.newerManuf("DZSBig"), StandardCharsets.UTF_8));
		for (int i = 0; i < EXTRA_ENTRIES; i++) {
			text.append(String.format("02:00:%02X:%02X:%02X:00\tBig%d\tBig block %d%n", (i >> 16) & 0xFF,
					(i >> 8) & 0xFF, i & 0xFF, i, i));
		}
		return Files.writeString(this.dir.resolve("manuf"), text);
	}

}
