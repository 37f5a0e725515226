package io.github.macmanuf.mac;

/** Thrown when a text is not a MAC address or prefix in any accepted notation. */
public class MalformedMacException extends IllegalArgumentException {

	private final String input;

	public MalformedMacException(String input, String reason) {
		super(reason);
		this.input = input;
	}

	/** The text as given, possibly very long: shorten it before showing it to anyone. */
	public String input() {
		return this.input;
	}

	/** Thrown once per bad request and always handled: a stack trace would cost more than the lookup. */
	@Override
	public synchronized Throwable fillInStackTrace() {
		return this;
	}

}
