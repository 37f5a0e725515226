package io.github.macmanuf.ops;

import io.github.macmanuf.registry.RegistryService;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** Health {@code registry}, part of the readiness group: DOWN until the first index is loaded. */
@Component("registry")
class RegistryHealthIndicator implements HealthIndicator {

	private final RegistryService registry;

	RegistryHealthIndicator(RegistryService registry) {
		this.registry = registry;
	}

	@Override
	public Health health() {
		if (!this.registry.isReady()) {
			return Health.down().withDetail("reason", "the registry index is still loading").build();
		}
		return Health.up().withDetail("entries", this.registry.currentIndex().size()).build();
	}

}
