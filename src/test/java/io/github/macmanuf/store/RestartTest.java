package io.github.macmanuf.store;

import java.nio.file.Path;
import java.time.Instant;

import io.github.macmanuf.ManufApplication;
import io.github.macmanuf.registry.RegistryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole application started twice on one data folder, as after a restart. */
class RestartTest {

	@TempDir
	Path dataDir;

	@Test
	void startWhenDatabaseHoldsAnImportShouldServeItWithoutReimporting() {
		Instant firstImport;
		try (ConfigurableApplicationContext first = start()) {
			firstImport = first.getBean(RegistryStore.class).currentImport().orElseThrow().getImportedAt();
			assertThat(first.getBean(RegistryService.class).currentIndex().size()).isEqualTo(52632);
		}
		assertThat(this.dataDir.resolve("manuf.db")).isRegularFile();
		try (ConfigurableApplicationContext second = start()) {
			RegistryStore store = second.getBean(RegistryStore.class);
			assertThat(store.currentImport().orElseThrow().getImportedAt()).isEqualTo(firstImport);
			assertThat(second.getBean(ImportRecordRepository.class).count()).isOne();
			assertThat(second.getBean(RegistryService.class).lookup("00:1B:C5:00:12:34").entry().shortName())
				.isEqualTo("OpenRBco");
		}
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(ManufApplication.class).run("--server.port=0",
				"--manuf.data-dir=" + this.dataDir);
	}

}
