package io.github.macmanuf.refresh;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/** Background threads of the refresh that never keep the JVM alive. */
final class Daemons {

	private Daemons() {
	}

	/** A scheduler with one daemon thread called {@code name}. */
	static ScheduledExecutorService scheduler(String name) {
		var threads = new CustomizableThreadFactory(name + "-");
		threads.setDaemon(true);
		return Executors.newSingleThreadScheduledExecutor(threads);
	}

}
