package io.github.macmanuf.ops;

import io.github.macmanuf.registry.LookupMetrics;
import io.github.macmanuf.registry.PrefixIndex;
import io.github.macmanuf.registry.RegistryService;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

/** The readiness contribution of the registry. */
class RegistryHealthIndicatorTest {

	@Test
	void healthWhenNoIndexLoadedShouldBeDownThenUpOnceLoaded() {
		var registry = new RegistryService(new LookupMetrics(new SimpleMeterRegistry()));
		var health = new RegistryHealthIndicator(registry);
		assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
		registry.replaceIndex(PrefixIndex.empty());
		assertThat(health.health().getStatus()).isEqualTo(Status.UP);
		assertThat(health.health().getDetails()).containsEntry("entries", 0);
	}

}
