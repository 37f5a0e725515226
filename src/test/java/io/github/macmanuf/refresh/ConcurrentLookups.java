package io.github.macmanuf.refresh;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import io.github.macmanuf.registry.RegistryService;

/** Runs lookups in another thread for as long as an action (a refresh) runs, and reports how they went. */
final class ConcurrentLookups {

	/** Addresses no test version of the data changes: each must answer the same name throughout. */
	private static final List<String> STABLE = List.of("00:1B:C5:00:12:34", "01:00:5E:00:00:FB",
			"FF:FF:FF:FF:FF:FF", "00:03:5F:00:00:01", "34:E1:D1:80:12:34");

	/** Renamed by the test versions: must answer some name throughout. */
	private static final String RENAMED = "00:50:CA:FE:CA:FE";

	private ConcurrentLookups() {
	}

	/** Runs {@code action} while another thread looks up addresses in a loop (at least 50 rounds). */
	static <T> Outcome<T> during(RegistryService registry, Supplier<T> action) {
		List<String> before = STABLE.stream().map((address) -> name(registry, address)).toList();
		AtomicBoolean done = new AtomicBoolean();
		CompletableFuture<int[]> lookups = CompletableFuture.supplyAsync(() -> {
			int[] tally = new int[2];
			for (int round = 0; round < 50 || !done.get(); round++) {
				for (int i = 0; i < STABLE.size(); i++) {
					tally[answers(registry, STABLE.get(i), before.get(i)) ? 0 : 1]++;
				}
				tally[answers(registry, RENAMED, null) ? 0 : 1]++;
			}
			return tally;
		});
		T result;
		try {
			result = action.get();
		}
		finally {
			done.set(true);
		}
		int[] tally = lookups.join();
		return new Outcome<>(result, tally[0], tally[1]);
	}

	private static boolean answers(RegistryService registry, String address, String expected) {
		try {
			String name = name(registry, address);
			return (expected != null) ? expected.equals(name) : name != null;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private static String name(RegistryService registry, String address) {
		return registry.lookup(address).entry().shortName();
	}

	/** The action's result and how many concurrent lookups succeeded and failed. */
	record Outcome<T>(T result, int succeeded, int failed) {
	}

}
