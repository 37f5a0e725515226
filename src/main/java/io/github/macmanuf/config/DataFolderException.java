package io.github.macmanuf.config;

import java.nio.file.Path;

/** The data folder cannot be used: {@link DataFolderFailureAnalyzer} reports it in one paragraph at startup. */
public class DataFolderException extends IllegalStateException {

	private final String action;

	DataFolderException(Path path, String problem, String action) {
		super("The data folder " + path + " " + problem);
		this.action = action;
	}

	/** What the operator can do about it. */
	public String action() {
		return this.action;
	}

}
