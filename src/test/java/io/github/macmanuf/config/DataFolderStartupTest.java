package io.github.macmanuf.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;

import io.github.macmanuf.ManufApplication;
import io.github.macmanuf.registry.RegistryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

	private static final String OUR_TABLE = "create table manuf_entry (id blob not null primary key, prefix_bits "
			+ "bigint not null, prefix_length integer not null, short_name varchar(256) not null, long_name "
			+ "varchar(1024), comment varchar(1024), source varchar(16) not null)";

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

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "not a database", "another program's tables", "ours and another program's", "a view",
			"a manuf_entry of another shape", "an entry with mask 99" })
	void databaseThatIsNotOursShouldStopTheStartAndBeLeftAsItWas(String kind, CapturedOutput output)
			throws Exception {
		Path database = this.dataDir.resolve("manuf.db");
		switch (kind) {
			case "not a database" -> Files.writeString(database, "just text, not a database file".repeat(100));
			case "another program's tables" -> sqlite(database, "create table customers (name text)");
			case "ours and another program's" -> sqlite(database, OUR_TABLE, "create table customers (name text)");
			case "a view" -> sqlite(database, "create view v as select 1 as x");
			case "an entry with mask 99" -> sqlite(database, OUR_TABLE,
					"insert into manuf_entry values (x'00', 5294650, 99, 'A', null, null, 'manuf')");
			default -> sqlite(database, "create table manuf_entry (x text)");
		}
		byte[] before = Files.readAllBytes(database);
		assertThatThrownBy(() -> start(this.dataDir).close()).hasRootCauseInstanceOf(DataFolderException.class)
			.rootCause()
			.hasMessageStartingWith("The data folder " + this.dataDir.toAbsolutePath() + " holds a manuf.db ");
		assertThat(output.getAll()).contains("APPLICATION FAILED TO START").contains("move that manuf.db aside")
			.doesNotContain("\tat org.hibernate");
		assertThat(Files.readAllBytes(database)).as("left as it was").isEqualTo(before);
		try (Stream<Path> files = Files.list(this.dataDir)) {
			assertThat(files).as("no lock file or keystore written beside it").containsExactly(database);
		}
	}

	private static void sqlite(Path database, String... sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
				Statement statement = connection.createStatement()) {
			for (String each : sql) {
				statement.execute(each);
			}
		}
	}

	private static ConfigurableApplicationContext start(Path dataDir) {
		return new SpringApplicationBuilder(ManufApplication.class).run("--server.port=0",
				"--manuf.data-dir=" + dataDir);
	}

}
