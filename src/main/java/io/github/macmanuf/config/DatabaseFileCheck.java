package io.github.macmanuf.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteException;

/**
 * Looks at an existing {@code manuf.db}, reading only, before anything writes to it or to its folder: a file that
 * SQLite cannot read, that is damaged (integrity_check, ~40 ms at a start), that holds another program's tables or
 * views, or an entry no prefix can have stops the start with one paragraph and is left as it was (Hibernate's schema
 * update used to add our tables and columns to it, then fail or even start).
 */
final class DatabaseFileCheck {

	private static final List<String> COLUMNS = List.of("id", "prefix_bits", "prefix_length", "short_name", "source");

	private static final String ACTION = "Give this service a data folder of its own (--manuf.data-dir=<folder> or "
			+ "MANUF_DATA_DIR=<folder>), or move that manuf.db aside: the next start imports the registry again (user "
			+ "entries live in that file, so keep it).";

	private DatabaseFileCheck() {
	}

	static void check(Path folder) {
		Path database = folder.resolve(DataFolder.DATABASE);
		if (Files.isDirectory(database)) {
			throw new DataFolderException(folder, "holds a folder named " + database.getFileName(), ACTION);
		}
		if (!Files.isRegularFile(database)) {
			return; // a first start: Hibernate creates it
		}
		try (Connection connection = new SQLiteConfig().createConnection("jdbc:sqlite:" + database);
				Statement statement = connection.createStatement()) {
			List<String> foreign = column(statement, "select name from sqlite_master where type in ('table', 'view') "
					+ "and name not like 'sqlite\\_%' escape '\\' and name not in ('manuf_entry', 'import_record', "
					+ "'source_state')");
			if (!foreign.isEmpty()) {
				throw unusable(folder, "with another program's tables or views " + foreign);
			}
			List<String> columns = column(statement, "select name from pragma_table_info('manuf_entry')");
			if (!columns.isEmpty() && !columns.containsAll(COLUMNS)) {
				throw unusable(folder, "whose manuf_entry table is not mac-manuf's (columns " + columns + ")");
			}
			List<String> integrity = column(statement, "pragma integrity_check(1)");
			if (!integrity.equals(List.of("ok"))) {
				throw unusable(folder, "that is damaged (SQLite's integrity_check: " + integrity + ")");
			}
			if (!columns.isEmpty() && !column(statement, "select 1 from manuf_entry where prefix_length not between 1 "
					+ "and 48 limit 1").isEmpty()) {
				throw unusable(folder, "with an entry whose mask length is not 1 to 48");
			}
		}
		catch (SQLiteException ex) {
			throw unusable(folder, "that SQLite cannot read: " + ex.getResultCode().name() + " ("
					+ ex.getResultCode().message + ")");
		}
		catch (SQLException ex) {
			throw unusable(folder, "that SQLite cannot read: " + ex.getMessage());
		}
	}

	private static DataFolderException unusable(Path folder, String problem) {
		return new DataFolderException(folder, "holds a manuf.db " + problem, ACTION);
	}

	private static List<String> column(Statement statement, String query) throws SQLException {
		List<String> values = new ArrayList<>();
		try (ResultSet rows = statement.executeQuery(query)) {
			while (rows.next()) {
				values.add(rows.getString(1));
			}
		}
		return values;
	}

}
