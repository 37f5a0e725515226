package io.github.macmanuf.web;

/** A bulk lookup asked about more addresses than {@code manuf.bulk.max-items} allows: answered 413. */
class TooManyItemsException extends RuntimeException {

	private final int limit;

	TooManyItemsException(int limit) {
		super("more than " + limit + " addresses");
		this.limit = limit;
	}

	int limit() {
		return this.limit;
	}

}
