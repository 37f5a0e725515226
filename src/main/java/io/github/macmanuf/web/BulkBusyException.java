package io.github.macmanuf.web;

/** Every bulk slot ({@code manuf.bulk.max-concurrent}) is taken: answered 503 with {@code Retry-After}. */
class BulkBusyException extends RuntimeException {

	BulkBusyException() {
		super("every bulk lookup slot is busy");
	}

}
