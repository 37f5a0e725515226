package io.github.macmanuf.refresh;

import java.nio.file.Path;

/**
 * One file of a refresh after fetching.
 *
 * @param name {@code manuf} or {@code wka}
 * @param source where it was fetched from
 * @param fetch what the source answered
 * @param file the file to read: the new download, or the kept copy when the source said 304
 * @param part the new download's part file to keep or delete, or {@code null} after a 304
 */
record Download(String name, SourceLocation source, Fetch fetch, Path file, Path part) {

	long bytes() {
		return this.fetch.bytes();
	}

}
