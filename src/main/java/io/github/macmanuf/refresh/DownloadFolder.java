package io.github.macmanuf.refresh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import io.github.macmanuf.config.DataFolder;

import org.springframework.stereotype.Component;

/**
 * The {@code downloads} folder in the data folder: the last good {@code manuf} and {@code wka} files, kept so a
 * restart without network uses them. New files are written to a {@code .part} file and moved in place whole.
 */
@Component
class DownloadFolder {

	static final String MANUF = "manuf";

	static final String WKA = "wka";

	private static final String PART = ".part";

	private final Path dir;

	DownloadFolder(DataFolder folder) {
		this.dir = folder.path().resolve("downloads");
	}

	/** The kept copy of {@code name}, which may not exist. */
	Path kept(String name) {
		return this.dir.resolve(name);
	}

	boolean hasKept() {
		return Files.isRegularFile(kept(MANUF)) && Files.isRegularFile(kept(WKA));
	}

	/** A new, empty file to download {@code name} into. */
	Path newPart(String name) {
		try {
			Files.createDirectories(this.dir);
			return Files.createTempFile(this.dir, name + "-", PART);
		}
		catch (IOException ex) {
			throw new SourceException("cannot create a file in " + this.dir + ": " + ex.getMessage());
		}
	}

	/** Makes {@code part} the kept copy of {@code name} in one step. */
	void keep(Path part, String name) throws IOException {
		try {
			Files.move(part, kept(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(part, kept(name), StandardCopyOption.REPLACE_EXISTING);
		}
	}

	static void deleteQuietly(Path file) {
		try {
			if (file != null) {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException ex) {
			// a leftover part file is removed at the next start
		}
	}

	/** Removes part files a crash left behind. */
	void removeLeftovers() {
		if (!Files.isDirectory(this.dir)) {
			return;
		}
		try (DirectoryStream<Path> parts = Files.newDirectoryStream(this.dir, "*" + PART)) {
			parts.forEach(DownloadFolder::deleteQuietly);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
