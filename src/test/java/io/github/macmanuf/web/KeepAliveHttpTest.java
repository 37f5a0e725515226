package io.github.macmanuf.web;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import io.github.macmanuf.support.HttpServiceTest;
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
				String head = readHead(in);
				assertThat(head).as("response %d", i).startsWith(switch (i % 4) {
					case 0 -> "HTTP/1.1 404";
					case 1 -> "HTTP/1.1 400";
					default -> "HTTP/1.1 200";
				});
				assertThat(head.toLowerCase(Locale.ROOT)).as("response %d", i).doesNotContain("connection: close");
				in.readNBytes(contentLength(head));
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
				String head = readHead(in);
				assertThat(head).as(request).startsWith("HTTP/1.1 400");
				assertThat(head.toLowerCase(Locale.ROOT)).as(request)
					.contains("connection: close")
					.contains("content-type: application/problem+json");
				assertThat(new String(in.readNBytes(contentLength(head)), StandardCharsets.UTF_8)).as(request)
					.contains("\"status\":400");
				assertThat(in.read()).as("%s: closed after the answer", request).isEqualTo(-1);
			}
		}
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void pathParameterWithABrokenEscapeShouldAnswer400ProblemWithoutAStackTrace(CapturedOutput output)
			throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			InputStream in = new BufferedInputStream(socket.getInputStream());
			// Jetty passes a ;parameter on undecoded; Spring's path parser failed on it before the firewall: a 500
			for (String path : new String[] { API + "/00:50:CA;%zz", "/;%", "/actuator/health;%zz" }) {
				out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
				String head = readHead(in);
				assertThat(head).as(path).startsWith("HTTP/1.1 400").contains("application/problem+json");
				assertThat(new String(in.readNBytes(contentLength(head)), StandardCharsets.UTF_8)).as(path)
					.contains("\"status\":400").contains("; parameter with a broken %-escape")
					.doesNotContain("Exception");
			}
		}
		assertThat(output.getAll()).doesNotContain("IllegalArgumentException").doesNotContain("Invalid encoded sequence");
	}

	@Test
	void headerWithUtf8TextShouldNotBlockTheRequest() throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(10_000);
			// the UTF-8 bytes of an em dash and a euro sign lie in 0x80-0x9F, which the firewall read as controls
			byte[] request = ("GET " + API + "/00:50:CA HTTP/1.1\r\nHost: localhost\r\nUser-Agent: probe \u2014 \u20ac\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8);
			socket.getOutputStream().write(request);
			assertThat(readHead(new BufferedInputStream(socket.getInputStream()))).startsWith("HTTP/1.1 200");
		}
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(10_000);
			byte[] request = ("GET " + API + "/00:50:CA HTTP/1.1\r\nHost: localhost\r\nX-Probe: a\u0001b\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8);
			socket.getOutputStream().write(request);
			InputStream in = new BufferedInputStream(socket.getInputStream());
			String head = readHead(in);
			assertThat(head).as("a real control character is still refused").startsWith("HTTP/1.1 400");
			assertThat(new String(in.readNBytes(contentLength(head)), StandardCharsets.UTF_8)).contains("\"status\":400");
		}
	}

	@Test
	void http2RequestLineShouldAnswer426NamingHttp11() throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(10_000);
			socket.getOutputStream().write(("GET " + API + "/00:50:CA HTTP/2.0\r\nHost: localhost\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			assertThat(readHead(new BufferedInputStream(socket.getInputStream()))).startsWith("HTTP/1.1 426")
				.contains("Upgrade: HTTP/1.1")
				.contains("application/problem+json");
		}
	}

	@Test
	void optionsAsteriskShouldAnswer404WithItsProblemBody() throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(10_000);
			socket.getOutputStream().write("OPTIONS * HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
			InputStream in = new BufferedInputStream(socket.getInputStream());
			String head = readHead(in);
			assertThat(head).startsWith("HTTP/1.1 404").contains("application/problem+json");
			assertThat(new String(in.readNBytes(contentLength(head)), StandardCharsets.UTF_8))
				.contains("the API's paths start with /chilcano/api/");
		}
	}

	@Test
	void transferCodingOtherThanChunkedShouldAnswer415() throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(10_000);
			String body = "00:50:CA:FE:CA:FE\n"; // named gzip, as a client would that compresses it
			String request = "POST " + API + "/lookup HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\n"
					+ "Transfer-Encoding: gzip, chunked\r\n\r\n" + Integer.toHexString(body.length()) + "\r\n" + body
					+ "\r\n0\r\n\r\n";
			socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
			String head = readHead(new BufferedInputStream(socket.getInputStream()));
			assertThat(head).startsWith("HTTP/1.1 415").contains("Accept-Encoding: identity");
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
			String head = readHead(in);
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
			String head = readHead(new BufferedInputStream(socket.getInputStream()));
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
				String head = readHead(new BufferedInputStream(socket.getInputStream()));
				assertThat(head).as(host).startsWith("HTTP/1.1 400").contains("application/problem+json");
			}
		}
		assertThat(output.getAll()).doesNotContain("Bad Authority").doesNotContain("Bad IPv6")
			.doesNotContain("multiple `Host` headers");
	}

	private static String readHead(InputStream in) throws IOException {
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

	private static int contentLength(String head) {
		for (String line : head.split("\r\n")) {
			if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
				return Integer.parseInt(line.substring(line.indexOf(':') + 1).trim());
			}
		}
		throw new IllegalStateException("no Content-Length in " + head);
	}

}
