package io.github.macmanuf.config;

import java.nio.file.Path;
import java.time.Clock;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The SQLite database file {@code manuf.db} in the data folder. One pooled connection: SQLite has a single
 * writer anyway, and one connection means writers queue instead of failing with SQLITE_BUSY.
 */
@Configuration(proxyBeanMethods = false)
class StorageConfig {


	@Bean
	DataSource dataSource(DataFolder folder) {
		Path dir = folder.path();
		var dataSource = new HikariDataSource();
		dataSource.setPoolName("sqlite");
		dataSource.setJdbcUrl("jdbc:sqlite:" + dir.resolve(DataFolder.DATABASE)
				+ "?journal_mode=WAL&synchronous=NORMAL&busy_timeout=10000&foreign_keys=true");
		dataSource.setMaximumPoolSize(1);
		dataSource.setMinimumIdle(1);
		return dataSource;
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
