package io.github.macmanuf.refresh;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * Undoes gzip wherever it comes from (a {@code .gz} file, {@code Content-Encoding: gzip}, or both) by its magic
 * bytes: a manuf file, being text, never starts with them.
 */
final class Decompression {

	private static final int BUFFER = 64 * 1024;

	private Decompression() {
	}

	static InputStream decode(InputStream raw) throws IOException {
		InputStream in = new BufferedInputStream(raw, BUFFER);
		for (int layer = 0; layer < 2 && isGzip(in); layer++) {
			in = new BufferedInputStream(new GZIPInputStream(in, BUFFER), BUFFER);
		}
		return in;
	}

	private static boolean isGzip(InputStream in) throws IOException {
		in.mark(2);
		int first = in.read();
		int second = in.read();
		in.reset();
		return first == 0x1F && second == 0x8B;
	}

}
