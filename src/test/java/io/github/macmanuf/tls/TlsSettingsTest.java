package io.github.macmanuf.tls;

import java.time.Duration;
import java.util.List;

import io.github.macmanuf.tls.TlsProperties.HttpMode;
import org.junit.jupiter.api.Test;

import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundleKey;
import org.springframework.boot.ssl.SslOptions;
import org.springframework.boot.ssl.SslStoreBundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** Settings that cannot work are refused at start, and every bundle is held to TLS 1.2 and 1.3. */
class TlsSettingsTest {

	@Test
	void propertiesWhenHttpsDisabledAndHttpOffOrRedirectingShouldBeRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> properties(false, HttpMode.OFF, 30))
			.withMessageContaining("manuf.tls.http=off needs HTTPS");
		assertThatIllegalArgumentException().isThrownBy(() -> properties(false, HttpMode.REDIRECT, 30))
			.withMessageContaining("manuf.tls.http=redirect needs HTTPS");
		assertThat(properties(false, HttpMode.SERVE, 30).enabled()).isFalse();
	}

	@Test
	void propertiesWhenRenewBeforeNotShorterThanValidityShouldBeRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> properties(true, HttpMode.SERVE, 825))
			.withMessageContaining("manuf.tls.validity must be longer than manuf.tls.renew-before");
	}

	@Test
	void bundleNameWhenNoneConfiguredShouldBeTheGeneratedOne() {
		assertThat(properties(true, HttpMode.SERVE, 30).bundleName()).isEqualTo(TlsProperties.GENERATED_BUNDLE);
		var configured = new TlsProperties(true, 0, " mine ", HttpMode.SERVE, List.of(), Duration.ofDays(825),
				Duration.ofDays(30));
		assertThat(configured.generated()).isFalse();
		assertThat(configured.bundleName()).isEqualTo("mine");
	}

	@Test
	void restrictWhenBundleNamesNoProtocolsShouldEnableOnlyTls12And13() {
		SslBundle restricted = TlsProtocols.restrict("b", bundle(SslOptions.NONE));
		assertThat(restricted.getOptions().getEnabledProtocols()).containsExactlyInAnyOrder("TLSv1.2", "TLSv1.3");
	}

	@Test
	void restrictWhenBundleEnablesTls11ShouldRefuseIt() {
		SslBundle legacy = bundle(SslOptions.of(null, new String[] { "TLSv1.2", "TLSv1.1" }));
		assertThatIllegalStateException().isThrownBy(() -> TlsProtocols.restrict("legacy", legacy))
			.withMessageContaining("SSL bundle 'legacy' enables [TLSv1.1]");
	}

	@Test
	void restrictWhenBundleEnablesOnlyTls13ShouldKeepThat() {
		SslBundle modern = bundle(SslOptions.of(null, new String[] { "TLSv1.3" }));
		assertThat(TlsProtocols.restrict("modern", modern).getOptions().getEnabledProtocols())
			.containsExactly("TLSv1.3");
	}

	private static TlsProperties properties(boolean enabled, HttpMode http, int renewBeforeDays) {
		return new TlsProperties(enabled, 0, "", http, List.of(), Duration.ofDays(825),
				Duration.ofDays(renewBeforeDays));
	}

	private static SslBundle bundle(SslOptions options) {
		return SslBundle.of(SslStoreBundle.NONE, SslBundleKey.NONE, options);
	}

}
