package io.github.macmanuf.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DefaultOAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;

/**
 * Accepts exactly the configured token. Both sides are hashed with SHA-256 and compared with
 * {@link MessageDigest#isEqual}, so the time taken says nothing about the token, not even its length.
 */
final class StaticTokenIntrospector implements OpaqueTokenIntrospector {

	static final String WRITER = "ROLE_WRITER";

	private final byte[] expected;

	StaticTokenIntrospector(String token) {
		this.expected = sha256(token);
	}

	@Override
	public OAuth2AuthenticatedPrincipal introspect(String token) {
		if (!MessageDigest.isEqual(this.expected, sha256(token))) {
			throw new BadOpaqueTokenException("The bearer token is not the configured API token");
		}
		return new DefaultOAuth2AuthenticatedPrincipal("api-token", Map.of("sub", "api-token"),
				List.of(new SimpleGrantedAuthority(WRITER)));
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
