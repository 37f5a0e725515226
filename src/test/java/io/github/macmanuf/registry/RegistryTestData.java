package io.github.macmanuf.registry;

import io.github.macmanuf.refresh.BundledSnapshot;

/** The bundled registry files, parsed once for all tests of a JVM. */
public final class RegistryTestData {

	private static RegistrySnapshot snapshot;

	private RegistryTestData() {
	}

	public static synchronized RegistrySnapshot bundled() {
		if (snapshot == null) {
			snapshot = BundledSnapshot.read();
		}
		return snapshot;
	}

}
