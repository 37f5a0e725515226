package io.github.macmanuf.tls;

import java.time.Clock;

import io.github.macmanuf.config.DataFolder;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.ssl.SslBundleRegistrar;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * HTTPS beside HTTP: registers the generated keystore as an SSL bundle when no bundle is configured, and puts the
 * bundle on a Jetty connector. Off with {@code manuf.tls.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "manuf.tls.enabled", matchIfMissing = true)
class TlsConfig {

	@Bean
	SslBundleRegistrar generatedKeyStoreBundle(TlsProperties tls, DataFolder folder, Clock clock) {
		return (registry) -> {
			if (tls.generated()) {
				registry.registerBundle(TlsProperties.GENERATED_BUNDLE,
						new GeneratedKeyStore(folder.path(), tls, clock).loadOrCreate().toBundle());
			}
		};
	}

	@Bean
	HttpsConnectorCustomizer httpsConnectorCustomizer(TlsProperties tls, SslBundles bundles) {
		return new HttpsConnectorCustomizer(tls, bundles);
	}

	@Bean
	HttpsPortListener httpsPortListener() {
		return new HttpsPortListener();
	}

}
