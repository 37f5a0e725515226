package io.github.macmanuf.web;

/** A requested refresh found nothing usable at the source; the served data is unchanged. */
class RefreshFailedException extends RuntimeException {

	private final RefreshResponse outcome;

	RefreshFailedException(RefreshResponse outcome) {
		super(outcome.error(), null, false, false);
		this.outcome = outcome;
	}

	RefreshResponse outcome() {
		return this.outcome;
	}

}
