package io.github.macmanuf.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.macmanuf.ManufApplication;

/**
 * The service as a separate JVM (same classpath as the tests), so a test can kill it with SIGKILL; its log lines
 * are collected for the test to wait on.
 */
public final class ChildService implements AutoCloseable {

	private static final Pattern PORT = Pattern.compile("Jetty started on port (\\d+)");

	private final Process process;

	private final List<String> lines = new CopyOnWriteArrayList<>();

	private ChildService(Process process) {
		this.process = process;
		Thread reader = new Thread(this::read, "child-service-log");
		reader.setDaemon(true);
		reader.start();
	}

	public static ChildService start(Path dataDir, String... args) {
		List<String> command = new ArrayList<>(List.of(javaCommand(), "-Xmx1g", "-cp",
				System.getProperty("java.class.path"), ManufApplication.class.getName(), "--server.port=0", "--manuf.tls.enabled=false",
				"--manuf.data-dir=" + dataDir));
		command.addAll(List.of(args));
		try {
			return new ChildService(new ProcessBuilder(command).redirectErrorStream(true).start());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** SIGKILL now. */
	public void kill() {
		this.process.destroyForcibly();
	}

	/** Waits for a log line containing {@code fragment} and returns it. */
	public String awaitLine(String fragment, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			for (String line : this.lines) {
				if (line.contains(fragment)) {
					return line;
				}
			}
			if (!this.process.isAlive()) {
				break;
			}
			sleep(20);
		}
		throw new IllegalStateException("no log line with '" + fragment + "'; last lines:\n" + tail());
	}

	/** The HTTP port, once Jetty has started. */
	public int awaitPort(Duration timeout) {
		Matcher matcher = PORT.matcher(awaitLine("Jetty started on port", timeout));
		if (!matcher.find()) {
			throw new IllegalStateException("no port in the log");
		}
		return Integer.parseInt(matcher.group(1));
	}

	public boolean logged(String fragment) {
		return this.lines.stream().anyMatch((line) -> line.contains(fragment));
	}

	/** Waits until the process has ended; returns its exit code. */
	public int awaitExit(Duration timeout) throws InterruptedException {
		if (!this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			throw new IllegalStateException("the child service did not end");
		}
		return this.process.exitValue();
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
			this.process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
	}

	private void read() {
		try (var reader = new BufferedReader(
				new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				this.lines.add(line);
			}
		}
		catch (IOException ex) {
			// the process is gone
		}
	}

	private String tail() {
		int from = Math.max(0, this.lines.size() - 30);
		return String.join("\n", this.lines.subList(from, this.lines.size()));
	}

	private static String javaCommand() {
		return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java")
			.toString());
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
