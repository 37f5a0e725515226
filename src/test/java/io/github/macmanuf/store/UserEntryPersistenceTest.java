package io.github.macmanuf.store;

import java.nio.file.Path;

import io.github.macmanuf.ManufApplication;
import io.github.macmanuf.mac.MacAddress;
import io.github.macmanuf.refresh.BundledSnapshot;
import io.github.macmanuf.registry.RegistryService;
import io.github.macmanuf.support.HttpApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** User entries written over HTTP outlive a restart on the same SQLite file and a re-import of the registry. */
class UserEntryPersistenceTest {

	private static final String TOKEN = "persist-token";

	@TempDir
	Path dataDir;

	@Test
	void userEntryShouldSurviveRestartAndReimport() {
		try (ConfigurableApplicationContext first = start()) {
			HttpApi api = api(first);
			assertThat(api.send("POST", "/chilcano/api/manuf", "application/json",
					"{\"mac\":\"70:B3:D5:12:30:00/36\",\"manuf\":\"Acme\",\"manuf_desc\":\"Acme Sensors Ltd\"}",
					"Authorization", "Bearer " + TOKEN).status()).isEqualTo(201);
			assertThat(api.send("POST", "/chilcano/api/manuf", "application/json",
					"{\"mac\":\"0F:00:00\",\"manuf\":\"Gone\",\"manuf_desc\":\"Deleted before restart\"}",
					"Authorization", "Bearer " + TOKEN).status()).isEqualTo(201);
			assertThat(api.send("DELETE", "/chilcano/api/manuf/0F:00:00", null, null, "Authorization",
					"Bearer " + TOKEN).status()).isEqualTo(204);
		}
		try (ConfigurableApplicationContext second = start()) {
			HttpApi api = api(second);
			assertThat(manufOf(api, "70:B3:D5:12:34:56")).isEqualTo("Acme");
			assertThat(api.get("/chilcano/api/manuf/0F:00:00:00:00:01").status()).isEqualTo(404);

			RegistryStore store = second.getBean(RegistryStore.class);
			store.replaceImported(BundledSnapshot.read());
			second.getBean(RegistryWriter.class).rebuildIndex();
			assertThat(second.getBean(ImportRecordRepository.class).count()).isEqualTo(2);
			assertThat(manufOf(api, "70:B3:D5:12:34:56")).as("after re-import").isEqualTo("Acme");
			assertThat(store.findExact(MacAddress.parsePrefix("70:B3:D5:12:30:00/36"))).hasSize(2);
			assertThat(second.getBean(RegistryService.class).counts().bySource().get("user")).isOne();

			assertThat(api.send("DELETE", "/chilcano/api/manuf/70:B3:D5:12:30:00/36", null, null, "Authorization",
					"Bearer " + TOKEN).status()).isEqualTo(204);
			assertThat(manufOf(api, "70:B3:D5:12:34:56")).as("imported entry back").isEqualTo("Amfitech");
		}
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(ManufApplication.class).run("--server.port=0",
				"--manuf.data-dir=" + this.dataDir, "--manuf.api-token=" + TOKEN);
	}

	private static HttpApi api(ConfigurableApplicationContext context) {
		return HttpApi.local(((WebServerApplicationContext) context).getWebServer().getPort());
	}

	private static String manufOf(HttpApi api, String mac) {
		return api.get("/chilcano/api/manuf/" + mac).json().get("manuf").asString();
	}

}
