package io.github.macmanuf.registry;

/** Thrown when a lookup arrives before the first index has been loaded. */
public class RegistryNotReadyException extends RuntimeException {

	public RegistryNotReadyException() {
		super("the registry is still loading");
	}

}
