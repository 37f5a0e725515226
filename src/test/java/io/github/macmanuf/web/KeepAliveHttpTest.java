package io.github.macmanuf.web;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import io.github.macmanuf.support.HttpServiceTest;
import io.github.macmanuf.support.RawHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clients that look up many addresses one by one keep one connection: lookups, their 404s and the 400s of
 * malformed addresses are all answered on it, well past the 100 requests per connection of some servers' defaults
 * (Tomcat also closes the connection after every 400). A request the server cannot even parse closes it, and
 * its answer says so. Raw HTTP/1.1 on a socket, so nothing reconnects behind the test's back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KeepAliveHttpTest extends HttpServiceTest {

	@Test
	void oneConnectionShouldServeHundredsOfLookupsMissesAndMalformedAddresses() throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			InputStream in = new BufferedInputStream(socket.getInputStream());
			for (int i = 0; i < 300; i++) {
				String mac = switch (i % 4) {
					case 0 -> "02:00:00:00:00:%02X";
					case 1 -> "00:50:CA:FE:CA:%02X:01";
					default -> "00:50:CA:FE:CA:%02X";
				};
				String request = "GET " + API + "/" + String.format(mac, i % 256) + " HTTP/1.1\r\nHost: localhost\r\n\r\n";
				out.write(request.getBytes(StandardCharsets.US_ASCII));
				out.flush();
				String head = RawHttp.readHead(in);
				assertThat(head).as("response %d", i).startsWith(switch (i % 4) {
					case 0 -> "HTTP/1.1 404";
					case 1 -> "HTTP/1.1 400";
					default -> "HTTP/1.1 200";
				});
				assertThat(head.toLowerCase(Locale.ROOT)).as("response %d", i).doesNotContain("connection: close");
				in.readNBytes(RawHttp.contentLength(head));
			}
		}
	}

	@Test
	void requestsTheServerCannotParseShouldAnswer400AndSayTheConnectionCloses() throws IOException {
		for (String request : new String[] { "GET " + API + "/%zz HTTP/1.1\r\nHost: localhost\r\n\r\n",
				"GET " + API + "/00%00 HTTP/1.1\r\nHost: localhost\r\n\r\n", "FOO BAR\r\n\r\n",
				"GET " + API + "/00:50:CA HTTP/1.2\r\nHost: localhost\r\n\r\n",
				// Jetty's own error page wrote a body only for GET, POST and HEAD
				"PUT " + API + "/< HTTP/1.1\r\nHost: localhost\r\n\r\n",
				"DELETE " + API + "/0E:30:00| HTTP/1.1\r\nHost: localhost\r\n\r\n",
				"OPTIONS /< HTTP/1.1\r\nHost: localhost\r\n\r\n" }) {
			try (Socket socket = new Socket("127.0.0.1", this.port)) {
				socket.setSoTimeout(10_000);
				socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
				InputStream in = new BufferedInputStream(socket.getInputStream());
				String head = RawHttp.readHead(in);
				assertThat(head).as(request).startsWith("HTTP/1.1 400");
				assertThat(head.toLowerCase(Locale.ROOT)).as(request)
					.contains("connection: close")
					.contains("content-type: application/problem+json");
				assertThat(new String(in.readNBytes(RawHttp.contentLength(head)), StandardCharsets.UTF_8)).as(request)
					.contains("\"status\":400");
				assertThat(in.read()).as("%s: closed after the answer", request).isEqualTo(-1);
			}
		}
	}

	@Test
	void errorAnsweredBeforeTheBodyArrivedShouldSayTheConnectionCloses() throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(10_000);
			// a bulk body declared over the byte limit is refused before any of it is read
			String request = "POST " + API + "/lookup HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
					+ "Content-Length: 7000000\r\n\r\n[\"00:50:CA\"";
			socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
			InputStream in = new BufferedInputStream(socket.getInputStream());
			String head = RawHttp.readHead(in);
			assertThat(head).startsWith("HTTP/1.1 413");
			assertThat(head.toLowerCase(Locale.ROOT)).contains("connection: close");
			in.readAllBytes(); // ends only when the server closes the connection
		}
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(10_000);
			String body = "[\"00:50:CA\"]";
			String request = "POST " + API + "/lookup HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
					+ "Content-Length: " + body.length() + "\r\n\r\n" + body;
			socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
			String head = RawHttp.readHead(new BufferedInputStream(socket.getInputStream()));
			assertThat(head).startsWith("HTTP/1.1 200");
			assertThat(head.toLowerCase(Locale.ROOT)).as("a body read to its end").doesNotContain("connection: close");
		}
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void badHostHeadersShouldAnswer400WithoutAWarningPerRequest(CapturedOutput output) throws IOException {
		for (String host : new String[] { "Host: a b\r\n", "Host: [zz\r\n", "Host: a\r\nHost: b\r\n" }) {
			try (Socket socket = new Socket("127.0.0.1", this.port)) {
				socket.setSoTimeout(10_000);
				String request = "GET " + API + "/00:50:CA HTTP/1.1\r\n" + host + "\r\n";
				socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
				String head = RawHttp.readHead(new BufferedInputStream(socket.getInputStream()));
				assertThat(head).as(host).startsWith("HTTP/1.1 400").contains("application/problem+json");
			}
		}
		assertThat(output.getAll()).doesNotContain("Bad Authority").doesNotContain("Bad IPv6")
			.doesNotContain("multiple `Host` headers");
	}

}
