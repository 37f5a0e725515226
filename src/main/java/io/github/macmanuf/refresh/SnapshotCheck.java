package io.github.macmanuf.refresh;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import io.github.macmanuf.registry.RegistrySnapshot;
import io.github.macmanuf.store.ImportRecord;

/** The checks a downloaded pair of files must pass before it may replace the served data. */
final class SnapshotCheck {

	private SnapshotCheck() {
	}

	/** Refuses a file that is an HTML page rather than text in the manuf format. */
	static void notHtml(Path file, String name) throws IOException {
		byte[] head;
		try (InputStream in = Files.newInputStream(file)) {
			head = in.readNBytes(512);
		}
		String start = new String(head, StandardCharsets.UTF_8).stripLeading().toLowerCase(Locale.ROOT);
		if (start.startsWith("<")) {
			throw new SourceException("the " + name + " file is an HTML or XML page, not a manuf file");
		}
	}

	/**
	 * Refuses files without entries, and unless {@code force}, files with fewer entries than {@code minRatio} of
	 * the current import's (a truncated download).
	 */
	static void complete(RegistrySnapshot snapshot, ImportRecord current, double minRatio, boolean force) {
		int manuf = snapshot.manuf().entries().size();
		int wka = snapshot.wka().entries().size();
		if (manuf == 0 || wka == 0) {
			throw new SourceException("no entries in the " + ((manuf == 0) ? "manuf" : "wka")
					+ " file: not a manuf file (" + snapshot.rejectedLines() + " unreadable lines)");
		}
		if (force || current == null) {
			return;
		}
		enough("manuf", manuf, current.getManufEntries(), minRatio);
		enough("wka", wka, current.getWkaEntries(), minRatio);
	}

	private static void enough(String name, int entries, int previous, double minRatio) {
		if (entries < previous * minRatio) {
			throw new SourceException("the " + name + " file has " + entries + " entries, fewer than "
					+ Math.round(minRatio * 100) + " % of the current " + previous
					+ ": looks truncated (POST /chilcano/api/admin/refresh?force=true imports it anyway)");
		}
	}

}
