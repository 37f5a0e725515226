package io.github.macmanuf.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpServer;

/** A second web origin for browser tests: a JDK HTTP server on 127.0.0.1 and a free port serving one HTML page. */
public final class PageServer implements AutoCloseable {

	private final HttpServer server;

	private PageServer(HttpServer server) {
		this.server = server;
	}

	public static PageServer serving(String html) {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			byte[] body = html.getBytes(StandardCharsets.UTF_8);
			server.createContext("/", (exchange) -> {
				exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
				exchange.sendResponseHeaders(200, body.length);
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(body);
				}
			});
			server.start();
			return new PageServer(server);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The page's origin, as a browser sends it in the {@code Origin} header. */
	public String origin() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
