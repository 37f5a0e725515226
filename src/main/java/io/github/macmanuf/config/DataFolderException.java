package io.github.macmanuf.config;

import java.nio.file.Path;

/** The data folder cannot be used: {@link DataFolderFailureAnalyzer} reports it in one paragraph at startup. */
public class DataFolderException extends IllegalStateException {

	private final Path path;

	DataFolderException(Path path, String problem) {
		super("The data folder " + path + " " + problem);
		this.path = path;
	}

	public Path path() {
		return this.path;
	}

}
