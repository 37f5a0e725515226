package io.github.macmanuf.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Reading HTTP/1.1 answers off a raw socket: the head, and the body's declared length. */
public final class RawHttp {

	private RawHttp() {
	}

	/** The status line and headers, up to and including the blank line. */
	public static String readHead(InputStream in) throws IOException {
		ByteArrayOutputStream head = new ByteArrayOutputStream();
		int matched = 0;
		while (matched < 4) {
			int b = in.read();
			if (b < 0) {
				throw new IOException("connection closed after: " + head.toString(StandardCharsets.US_ASCII));
			}
			head.write(b);
			matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : ((b == '\r') ? 1 : 0);
		}
		return head.toString(StandardCharsets.US_ASCII);
	}

	public static int contentLength(String head) {
		for (String line : head.split("\r\n")) {
			if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
				return Integer.parseInt(line.substring(line.indexOf(':') + 1).trim());
			}
		}
		throw new IllegalStateException("no Content-Length in " + head);
	}

}
