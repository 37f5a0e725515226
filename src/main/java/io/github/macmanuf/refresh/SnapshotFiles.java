package io.github.macmanuf.refresh;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import io.github.macmanuf.registry.RegistrySnapshot;

/**
 * A pair of uncompressed {@code manuf} and {@code wka} files read into a snapshot, with the header date.
 *
 * @param snapshot the parsed files
 * @param headerDate the date in the {@code manuf} header, or {@code null}
 */
record SnapshotFiles(RegistrySnapshot snapshot, Instant headerDate) {

	private static final int BUFFER = 64 * 1024;

	static SnapshotFiles read(Path manuf, Path wka, String origin) {
		try (InputStream manufIn = open(manuf); InputStream wkaIn = open(wka); InputStream header = open(manuf)) {
			SnapshotCheck.notHtml(manuf, DownloadFolder.MANUF);
			SnapshotCheck.notHtml(wka, DownloadFolder.WKA);
			return new SnapshotFiles(RegistrySnapshot.read(manufIn, wkaIn, origin), HeaderDate.read(header));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static InputStream open(Path file) throws IOException {
		return new BufferedInputStream(Files.newInputStream(file), BUFFER);
	}

}
