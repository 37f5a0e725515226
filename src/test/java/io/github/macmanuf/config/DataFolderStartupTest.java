package io.github.macmanuf.config;

import java.nio.file.Files;
import java.nio.file.Path;

import io.github.macmanuf.ManufApplication;
import io.github.macmanuf.registry.RegistryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteException;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One service per data folder: a second one on the same folder stops at startup (two used to run side by side,
 * each with its own index, and disagreed about user entries), and so does a folder that is a file or a database
 * SQLite cannot read; each says so in one paragraph.
 */
@ExtendWith(OutputCaptureExtension.class)
class DataFolderStartupTest {

	@TempDir
	Path dataDir;

	@Test
	void secondServiceOnTheSameFolderShouldNotStartUntilTheFirstStops(CapturedOutput output) {
		try (ConfigurableApplicationContext first = start(this.dataDir)) {
			assertThatThrownBy(() -> start(this.dataDir).close()).hasRootCauseInstanceOf(DataFolderException.class)
				.rootCause()
				.hasMessageContaining(this.dataDir.toString())
				.hasMessageContaining("in use by another mac-manuf process");
			assertThat(first.getBean(RegistryService.class).lookup("00:50:CA:FE:CA:FE").entry().shortName())
				.isEqualTo("DZS");
		}
		assertThat(output.getAll()).contains("APPLICATION FAILED TO START").contains("MANUF_DATA_DIR");
		try (ConfigurableApplicationContext second = start(this.dataDir)) {
			assertThat(second.getBean(DataFolder.class).path()).isEqualTo(this.dataDir.toAbsolutePath());
		}
	}

	@Test
	void folderThatIsAFileShouldStopTheStartSayingSo() throws Exception {
		Path file = Files.writeString(this.dataDir.resolve("not-a-folder"), "x");
		assertThatThrownBy(() -> start(file).close()).hasRootCauseInstanceOf(DataFolderException.class)
			.rootCause()
			.hasMessageContaining("is a file, not a folder");
	}

	@Test
	void databaseThatIsNotSqliteShouldStopTheStartNamingTheFileAndLeaveIt(CapturedOutput output) throws Exception {
		byte[] garbage = "not a database, just text that fills the first page of the file".repeat(100).getBytes();
		Path database = Files.write(this.dataDir.resolve("manuf.db"), garbage);
		assertThatThrownBy(() -> start(this.dataDir).close()).hasRootCauseInstanceOf(SQLiteException.class);
		assertThat(output.getAll()).contains("APPLICATION FAILED TO START")
			.contains("SQLite cannot use the database " + database)
			.contains("SQLITE_NOTADB")
			.contains("move it aside");
		assertThat(Files.readAllBytes(database)).isEqualTo(garbage);
	}

	private static ConfigurableApplicationContext start(Path dataDir) {
		return new SpringApplicationBuilder(ManufApplication.class).run("--server.port=0",
				"--manuf.data-dir=" + dataDir);
	}

}
