package io.github.macmanuf.refresh;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.zip.GZIPInputStream;

import io.github.macmanuf.registry.RegistrySnapshot;

import org.springframework.core.io.ClassPathResource;

/** The {@code manuf} and {@code wka} files shipped in the jar (see {@code registry/PROVENANCE.md}). */
public final class BundledSnapshot {

	public static final String ORIGIN = "bundled:libwireshark-data 4.0.17-0+deb12u3";

	private BundledSnapshot() {
	}

	public static RegistrySnapshot read() {
		try (InputStream manuf = open("registry/manuf.gz"); InputStream wka = open("registry/wka.gz")) {
			return RegistrySnapshot.read(manuf, wka, ORIGIN);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the bundled registry snapshot cannot be read", ex);
		}
	}

	/** The date in the bundled {@code manuf} file's header. */
	static Instant headerDate() {
		try (InputStream manuf = open("registry/manuf.gz")) {
			return HeaderDate.read(manuf);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the bundled registry snapshot cannot be read", ex);
		}
	}

	private static InputStream open(String path) throws IOException {
		return new GZIPInputStream(new ClassPathResource(path).getInputStream(), 64 * 1024);
	}

}
