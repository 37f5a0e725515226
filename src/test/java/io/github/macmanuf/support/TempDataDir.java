package io.github.macmanuf.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.test.context.DynamicPropertyRegistry;

/** A fresh data folder (and so a fresh SQLite file) per test class, in the system temp folder. */
public final class TempDataDir {

	private TempDataDir() {
	}

	public static Path register(DynamicPropertyRegistry registry) {
		try {
			Path dir = Files.createTempDirectory("mac-manuf-test");
			registry.add("manuf.data-dir", dir::toString);
			return dir;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
