package io.github.macmanuf.refresh;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A read timeout for a response body: closes the stream when no byte has arrived for {@code timeout}, which
 * makes the blocked read fail. The JDK HttpClient's own timeout only covers the wait for the headers.
 */
final class StallGuard extends FilterInputStream {

	private final Duration timeout;

	private final ScheduledFuture<?> check;

	private volatile long lastProgress = System.nanoTime();

	private volatile boolean stalled;

	StallGuard(InputStream in, Duration timeout, ScheduledExecutorService timer) {
		super(in);
		this.timeout = timeout;
		long limit = timeout.toNanos();
		long period = Math.max(20, timeout.toMillis() / 4);
		this.check = timer.scheduleAtFixedRate(() -> {
			if (System.nanoTime() - this.lastProgress > limit) {
				this.stalled = true;
				closeQuietly(in);
			}
		}, period, period, TimeUnit.MILLISECONDS);
	}

	@Override
	public int read() throws IOException {
		byte[] one = new byte[1];
		return (read(one, 0, 1) < 0) ? -1 : (one[0] & 0xFF);
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int read;
		try {
			read = super.read(buffer, offset, length);
		}
		catch (IOException ex) {
			throw this.stalled ? stall() : ex;
		}
		if (this.stalled) {
			throw stall();
		}
		this.lastProgress = System.nanoTime();
		return read;
	}

	@Override
	public void close() throws IOException {
		this.check.cancel(false);
		super.close();
	}

	private SocketTimeoutException stall() {
		return new SocketTimeoutException("no data for " + this.timeout.toSeconds() + " s (read timeout)");
	}

	private static void closeQuietly(InputStream in) {
		try {
			in.close();
		}
		catch (IOException ex) {
			// the reader sees the failure
		}
	}

}
