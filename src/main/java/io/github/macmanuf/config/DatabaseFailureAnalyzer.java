package io.github.macmanuf.config;

import java.nio.file.Path;

import org.sqlite.SQLiteException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * A start that fails because SQLite cannot use {@code manuf.db} (not a database, corrupt, a folder) prints which
 * file and what to do, instead of 150 lines of Hibernate and Spring stack trace. The file is left as it is.
 */
class DatabaseFailureAnalyzer extends AbstractFailureAnalyzer<SQLiteException> {

	private final Environment environment;

	DatabaseFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, SQLiteException cause) {
		Path database = Path.of(this.environment.getProperty("manuf.data-dir", "./data"), StorageConfig.DATABASE)
			.toAbsolutePath()
			.normalize();
		return new FailureAnalysis("SQLite cannot use the database " + database + ": " + cause.getResultCode().name()
				+ " (" + cause.getResultCode().message + ").",
				"Restore the file from a backup, or move it aside: the next start then imports the registry again "
						+ "(user entries live in that file too, so keep the old one).",
				cause);
	}

}
