package io.github.macmanuf.config;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The service's own settings, under {@code manuf.*} (environment: {@code MANUF_*}).
 *
 * @param dataDir folder for the SQLite database and other state ({@code MANUF_DATA_DIR})
 */
@ConfigurationProperties("manuf")
public record ManufProperties(@DefaultValue("./data") Path dataDir) {
}
