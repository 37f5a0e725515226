package io.github.macmanuf.web;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.server.ResponseStatusException;

/**
 * Reads the addresses of a bulk lookup as a stream, stopping as soon as there are more than allowed: a JSON
 * array of strings, or text with one address per line (blank lines skipped).
 */
final class BulkRequestReader {

	/** Longer lines are cut here: no address is nearly this long, and the cut one is still malformed. */
	private static final int MAX_LINE = 256;

	/**
	 * Refuses a longer JSON string while reading it, so one huge item cannot fill the heap (the whole body is then
	 * bounded by the item limit times this).
	 */
	private static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder()
		.streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_LINE).build())
		.build()).build();

	/**
	 * Bytes a body may have per address allowed: a line or JSON string of the longest notation with a mask is about
	 * 30, so this leaves room for indentation, and stops a body of mostly white space (which holds no items, so the
	 * item limit never stops it).
	 */
	static final int BYTES_PER_ITEM = 64;

	private BulkRequestReader() {
	}

	static long maxBytes(int maxItems) {
		return (long) maxItems * BYTES_PER_ITEM;
	}

	/**
	 * The items of the body. When it is refused (400 or 413), the rest of the body is read and dropped first, up to
	 * as much again as the byte limit: a server that answers and closes while the client is still sending makes
	 * the client's TCP stack drop the answer (a reset), so the client would see a broken connection instead.
	 */
	static List<String> read(InputStream input, MediaType contentType, int maxItems, Duration maxTime) {
		LimitedBody body = new LimitedBody(input, maxBytes(maxItems), maxTime);
		try {
			if (MediaType.TEXT_PLAIN.isCompatibleWith(contentType)) {
				Charset charset = (contentType.getCharset() != null) ? contentType.getCharset()
						: StandardCharsets.UTF_8;
				return readLines(new InputStreamReader(body, charset), maxItems);
			}
			return readJson(body, maxItems);
		}
		catch (InvalidFieldException | BulkLimitException refused) {
			body.dropRest();
			throw refused;
		}
		catch (IOException | JacksonIOException broken) {
			throw unreadable(broken);
		}
	}

	/**
	 * Refuses a declared {@code Content-Length} over the limit, to be called before the body is opened: a client
	 * that sent {@code Expect: 100-continue} then gets the 413 without sending the body.
	 */
	static void refuseDeclaredLength(long declaredLength, int maxItems) {
		if (declaredLength > maxBytes(maxItems)) {
			throw BulkLimitException.bytes(maxBytes(maxItems));
		}
	}

	/** The body could not be read to its end: 408 when it stopped arriving, 400 when the client cut it short. */
	private static ResponseStatusException unreadable(Exception broken) {
		for (Throwable cause = broken; cause != null; cause = cause.getCause()) {
			if (cause instanceof TimeoutException) {
				return new ResponseStatusException(HttpStatus.REQUEST_TIMEOUT, "The request body stopped arriving "
						+ "before it was complete (server.jetty.connection-idle-timeout).");
			}
		}
		return new ResponseStatusException(HttpStatus.BAD_REQUEST,
				"The request body ended before it was complete (the client closed the connection or sent a broken "
						+ "chunk).");
	}

	private static List<String> readJson(InputStream body, int maxItems) {
		List<String> items = new ArrayList<>();
		try (JsonParser parser = JSON.createParser(body)) {
			if (parser.nextToken() != JsonToken.START_ARRAY) {
				throw new InvalidFieldException("body", "must be a JSON array of strings");
			}
			JsonToken token;
			while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
				if (token != JsonToken.VALUE_STRING) {
					throw new InvalidFieldException("[" + items.size() + "]", "must be a string");
				}
				add(items, parser.getString(), maxItems);
			}
			if (parser.nextToken() != null) {
				throw new InvalidFieldException("body", "must hold nothing after the array");
			}
		}
		catch (JacksonIOException ex) {
			throw ex;
		}
		catch (StreamConstraintsException ex) {
			throw new InvalidFieldException("[" + items.size() + "]", "is longer than " + MAX_LINE + " characters");
		}
		catch (JacksonException ex) {
			throw new InvalidFieldException("body", FieldErrors.notValidJson(ex));
		}
		return items;
	}

	private static List<String> readLines(Reader reader, int maxItems) throws IOException {
		List<String> items = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		char[] buffer = new char[16 * 1024];
		int read;
		while ((read = reader.read(buffer)) != -1) {
			for (int i = 0; i < read; i++) {
				char c = buffer[i];
				if (c == '\n') {
					addLine(items, line, maxItems);
				}
				else if (line.length() < MAX_LINE) {
					line.append(c);
				}
			}
		}
		addLine(items, line, maxItems);
		return items;
	}

	private static void addLine(List<String> items, StringBuilder line, int maxItems) {
		String text = line.toString().strip();
		line.setLength(0);
		if (!text.isEmpty()) {
			add(items, text, maxItems);
		}
	}

	/**
	 * Refuses to read past {@code limit} bytes of the body, or after {@code maxTime}: a stalled body ends at the
	 * connection's idle timeout anyway, this ends one that trickles in a byte at a time.
	 */
	private static final class LimitedBody extends FilterInputStream {

		private final long limit;

		private final Duration maxTime;

		private final long deadline;

		private long count;

		LimitedBody(InputStream in, long limit, Duration maxTime) {
			super(in);
			this.limit = limit;
			this.maxTime = maxTime;
			this.deadline = System.nanoTime() + maxTime.toNanos();
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			counted((b == -1) ? -1 : 1);
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			return counted(super.read(buffer, offset, length));
		}

		/** Reads and drops what is left of the body, at most {@code limit} more bytes; a failing read ends it. */
		void dropRest() {
			byte[] buffer = new byte[16 * 1024];
			long dropped = 0;
			try {
				int read;
				while (dropped < this.limit && (read = this.in.read(buffer)) != -1) {
					dropped += read;
				}
			}
			catch (IOException ex) {
				// the client went away or stalled past the idle timeout: nothing left to be polite to
			}
		}

		private int counted(int read) {
			if (System.nanoTime() - this.deadline > 0) {
				throw new ResponseStatusException(HttpStatus.REQUEST_TIMEOUT, "A bulk lookup body must arrive within "
						+ this.maxTime.toSeconds() + " s (manuf.bulk.max-body-time); this one came too slowly.");
			}
			if (read > 0) {
				this.count += read;
				if (this.count > this.limit) {
					throw BulkLimitException.bytes(this.limit);
				}
			}
			return read;
		}

	}

	private static void add(List<String> items, String item, int maxItems) {
		if (items.size() == maxItems) {
			throw BulkLimitException.items(maxItems);
		}
		items.add(item);
	}

}
