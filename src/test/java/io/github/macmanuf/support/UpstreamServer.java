package io.github.macmanuf.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for the registry's download server: a real JDK {@link HttpServer} on the loopback address whose
 * answer per path a test sets (file with ETag, status, HTML page, redirect, stall...) and which records requests.
 */
public final class UpstreamServer implements AutoCloseable {

	private static final String LAST_MODIFIED = "Sun, 25 Aug 2024 08:01:19 GMT";

	private final HttpServer server;

	private final ExecutorService executor = Executors.newCachedThreadPool();

	private final Map<String, Answer> answers = new ConcurrentHashMap<>();

	private final List<Request> requests = new CopyOnWriteArrayList<>();

	private UpstreamServer(HttpServer server) {
		this.server = server;
		server.setExecutor(this.executor);
		server.createContext("/", this::handle);
		server.start();
	}

	public static UpstreamServer start() {
		try {
			return new UpstreamServer(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public String url(String path) {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + path;
	}

	public void answer(String path, Answer answer) {
		this.answers.put(path, answer);
	}

	public List<Request> requests(String path) {
		return this.requests.stream().filter((r) -> r.path().equals(path)).toList();
	}

	public void clearRequests() {
		this.requests.clear();
	}

	private void handle(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getPath();
		this.requests.add(new Request(path, exchange.getRequestHeaders()));
		Answer answer = this.answers.getOrDefault(path, status(404));
		try (exchange) {
			answer.respond(exchange);
		}
		catch (IOException ex) {
			// the client gave up (read timeout): nothing to answer
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

	/** The file with an ETag and Last-Modified; 304 when the request's If-None-Match matches. */
	public static Answer file(byte[] body, String etag) {
		return (exchange) -> {
			exchange.getResponseHeaders().set("ETag", etag);
			exchange.getResponseHeaders().set("Last-Modified", LAST_MODIFIED);
			if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
				exchange.sendResponseHeaders(304, -1);
				return;
			}
			send(exchange, 200, "text/plain; charset=utf-8", body);
		};
	}

	/** The file, always 200 and without validators (a server that ignores conditional requests). */
	public static Answer plain(byte[] body) {
		return (exchange) -> send(exchange, 200, "text/plain", body);
	}

	/** The bytes with {@code Content-Encoding: gzip}. */
	public static Answer gzipEncoded(byte[] gzipped) {
		return (exchange) -> {
			exchange.getResponseHeaders().set("Content-Encoding", "gzip");
			send(exchange, 200, "text/plain", gzipped);
		};
	}

	public static Answer status(int code) {
		return (exchange) -> send(exchange, code, "text/plain", ("status " + code).getBytes(StandardCharsets.UTF_8));
	}

	/** A 200 HTML page, like a CDN's "request rejected" page. */
	public static Answer html(String contentType) {
		return (exchange) -> send(exchange, 200, contentType, """
				<!DOCTYPE html>
				<html><head><title>Request Rejected</title></head>
				<body>The requested URL was rejected. Please consult with your administrator.</body></html>
				""".getBytes(StandardCharsets.UTF_8));
	}

	public static Answer redirect(String location) {
		return (exchange) -> {
			exchange.getResponseHeaders().set("Location", location);
			exchange.sendResponseHeaders(302, -1);
		};
	}

	/** The first time, a third of the body and then the connection closed; every later time, the whole file. */
	public static Answer cutOnce(byte[] body) {
		AtomicBoolean cut = new AtomicBoolean();
		return (exchange) -> {
			if (cut.compareAndSet(false, true)) {
				exchange.getResponseHeaders().set("Content-Type", "text/plain");
				exchange.sendResponseHeaders(200, body.length);
				exchange.getResponseBody().write(body, 0, body.length / 3);
				exchange.getResponseBody().flush();
				throw new IOException("cut on purpose");
			}
			send(exchange, 200, "text/plain", body);
		};
	}

	/** Sends the first part of the body, then nothing for {@code pause}. */
	public static Answer stall(byte[] body, Duration pause) {
		return (exchange) -> {
			exchange.getResponseHeaders().set("Content-Type", "text/plain");
			exchange.sendResponseHeaders(200, body.length);
			OutputStream out = exchange.getResponseBody();
			out.write(body, 0, body.length / 3);
			out.flush();
			sleep(pause);
		};
	}

	/** Answers only once {@code release} is counted down. */
	public static Answer hang(CountDownLatch release, Answer then) {
		return (exchange) -> {
			try {
				release.await(60, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			then.respond(exchange);
		};
	}

	private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", contentType);
		exchange.sendResponseHeaders(status, body.length);
		exchange.getResponseBody().write(body);
	}

	private static void sleep(Duration pause) {
		try {
			Thread.sleep(pause.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** How the server answers one request. */
	@FunctionalInterface
	public interface Answer {

		void respond(HttpExchange exchange) throws IOException;

	}

	/** A request the server received. */
	public record Request(String path, Headers headers) {

		public String header(String name) {
			return this.headers.getFirst(name);
		}

	}

}
