package io.github.macmanuf.refresh;

/** Why a refresh could not use what the source gave: the reason is logged once and kept in the history. */
class SourceException extends RuntimeException {

	private final Integer httpStatus;

	SourceException(String reason) {
		this(reason, null);
	}

	SourceException(String reason, Integer httpStatus) {
		super(reason, null, false, false);
		this.httpStatus = httpStatus;
	}

	Integer httpStatus() {
		return this.httpStatus;
	}

}
