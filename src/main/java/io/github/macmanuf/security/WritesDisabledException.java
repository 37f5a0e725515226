package io.github.macmanuf.security;

import org.springframework.security.core.AuthenticationException;

/** A write arrived while no API token is configured, so no request can be allowed to write. */
public class WritesDisabledException extends AuthenticationException {

	public WritesDisabledException() {
		super("Writes are disabled because no API token is configured. To enable them, set the environment "
				+ "variable MANUF_API_TOKEN (property manuf.api-token) to a secret and restart, then send "
				+ "'Authorization: Bearer <token>' with every POST, PUT or DELETE.");
	}

}
