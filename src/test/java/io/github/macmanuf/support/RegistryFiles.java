package io.github.macmanuf.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.springframework.core.io.ClassPathResource;

/** The bundled registry files as bytes, and variants of them: newer, truncated, gzipped. */
public final class RegistryFiles {

	/** The bundled line for 00:50:CA, renamed in the "newer" variants. */
	public static final String DZS_LINE = "00:50:CA\tDZS\tDZS Inc.";

	private RegistryFiles() {
	}

	public static byte[] manuf() {
		return bundled("registry/manuf.gz");
	}

	public static byte[] wka() {
		return bundled("registry/wka.gz");
	}

	/** The bundled manuf with 00:50:CA renamed to {@code name} and one more /36 entry named after it. */
	public static byte[] newerManuf(String name) {
		String text = new String(manuf(), StandardCharsets.UTF_8);
		if (!text.contains(DZS_LINE + "\n")) {
			throw new IllegalStateException("the bundled manuf changed: update DZS_LINE");
		}
		text = text.replace(DZS_LINE + "\n", "00:50:CA\t" + name + "\t" + name + " Inc.\n")
				+ "0A:00:00:00:00:00/36\t" + name + "\t" + name + " extra block\n";
		return text.getBytes(StandardCharsets.UTF_8);
	}

	/** The first {@code share} of the file's bytes, cut mid-line like an interrupted download. */
	public static byte[] truncated(byte[] file, double share) {
		byte[] cut = new byte[(int) (file.length * share)];
		System.arraycopy(file, 0, cut, 0, cut.length);
		return cut;
	}

	public static byte[] gzip(byte[] bytes) {
		var out = new ByteArrayOutputStream();
		try (var gzip = new GZIPOutputStream(out)) {
			gzip.write(bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static byte[] bundled(String path) {
		try (InputStream in = new GZIPInputStream(new ClassPathResource(path).getInputStream())) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
