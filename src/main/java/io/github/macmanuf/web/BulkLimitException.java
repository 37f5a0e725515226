package io.github.macmanuf.web;

/**
 * A bulk lookup over one of its limits, the addresses ({@code manuf.bulk.max-items}) or the body's bytes: answered
 * 413 with the limit under {@link #property()}.
 */
final class BulkLimitException extends RuntimeException {

	private final String title;

	private final String property;

	private final long limit;

	private BulkLimitException(String title, String detail, String property, long limit) {
		super(detail);
		this.title = title;
		this.property = property;
		this.limit = limit;
	}

	static BulkLimitException items(int limit) {
		return new BulkLimitException("Too many addresses",
				"A bulk lookup takes at most " + limit + " addresses (manuf.bulk.max-items); split the list.", "limit",
				limit);
	}

	static BulkLimitException bytes(long limit) {
		return new BulkLimitException("Body too large", "A bulk lookup body takes at most " + limit + " bytes ("
				+ BulkRequestReader.BYTES_PER_ITEM + " per address of manuf.bulk.max-items); split the list.",
				"limit_bytes", limit);
	}

	String title() {
		return this.title;
	}

	String property() {
		return this.property;
	}

	long limit() {
		return this.limit;
	}

}
