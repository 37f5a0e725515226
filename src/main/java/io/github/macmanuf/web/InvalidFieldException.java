package io.github.macmanuf.web;

/** A request is invalid in one named place (a body field, the body, a list item): answered 400. */
class InvalidFieldException extends RuntimeException {

	private final String field;

	InvalidFieldException(String field, String message) {
		super(message);
		this.field = field;
	}

	String field() {
		return this.field;
	}

}
