package io.github.macmanuf.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A start that fails on the data folder prints what is wrong and what to do, instead of a stack trace that names
 * whichever component happened to touch the folder first.
 */
class DataFolderFailureAnalyzer extends AbstractFailureAnalyzer<DataFolderException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DataFolderException cause) {
		return new FailureAnalysis(cause.getMessage() + ".", cause.action(), cause);
	}

}
