package io.github.macmanuf.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Only the exact configured token passes; any other text, however close, is refused. */
class StaticTokenIntrospectorTest {

	private final StaticTokenIntrospector introspector = new StaticTokenIntrospector("s3cret-Token");

	@Test
	void introspectWhenTokenMatchesShouldGrantWriter() {
		assertThat(this.introspector.introspect("s3cret-Token").getAuthorities())
			.extracting(Object::toString).containsExactly(StaticTokenIntrospector.WRITER);
	}

	@ParameterizedTest(name = "[{0}]")
	@ValueSource(strings = { "", "s3cret-token", "s3cret-Token ", "s3cret-Toke", "s3cret-Token2", "S3CRET-TOKEN" })
	void introspectWhenTokenDiffersShouldRefuse(String token) {
		assertThatExceptionOfType(BadOpaqueTokenException.class).isThrownBy(() -> this.introspector.introspect(token));
	}

}
