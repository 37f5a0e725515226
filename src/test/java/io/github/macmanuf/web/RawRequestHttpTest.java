package io.github.macmanuf.web;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import io.github.macmanuf.support.HttpServiceTest;
import io.github.macmanuf.support.RawHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests only a raw socket sends (the JDK client refuses to): request targets, header bytes and codings that the
 * server or the application must answer with problem JSON rather than a 500, an empty body or a wrong reading.
 */
class RawRequestHttpTest extends HttpServiceTest {

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
				String head = RawHttp.readHead(in);
				assertThat(head).as(path).startsWith("HTTP/1.1 400").contains("application/problem+json");
				assertThat(new String(in.readNBytes(RawHttp.contentLength(head)), StandardCharsets.UTF_8)).as(path)
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
			assertThat(RawHttp.readHead(new BufferedInputStream(socket.getInputStream()))).startsWith("HTTP/1.1 200");
		}
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(10_000);
			byte[] request = ("GET " + API + "/00:50:CA HTTP/1.1\r\nHost: localhost\r\nX-Probe: a\u0001b\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8);
			socket.getOutputStream().write(request);
			InputStream in = new BufferedInputStream(socket.getInputStream());
			String head = RawHttp.readHead(in);
			assertThat(head).as("a real control character is still refused").startsWith("HTTP/1.1 400");
			assertThat(new String(in.readNBytes(RawHttp.contentLength(head)), StandardCharsets.UTF_8)).contains("\"status\":400");
		}
	}

	@Test
	void http2RequestLineShouldAnswer426NamingHttp11() throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(10_000);
			socket.getOutputStream().write(("GET " + API + "/00:50:CA HTTP/2.0\r\nHost: localhost\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			assertThat(RawHttp.readHead(new BufferedInputStream(socket.getInputStream()))).startsWith("HTTP/1.1 426")
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
			String head = RawHttp.readHead(in);
			assertThat(head).startsWith("HTTP/1.1 404").contains("application/problem+json");
			assertThat(new String(in.readNBytes(RawHttp.contentLength(head)), StandardCharsets.UTF_8))
				.contains("the API's paths start with /chilcano/api/");
		}
	}

	@Test
	void hostLongerThanAHostNameShouldAnswer400WithoutEchoingIt() throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(10_000);
			socket.getOutputStream().write(("POST " + API + " HTTP/1.1\r\nHost: " + "h".repeat(6000)
					+ "\r\nContent-Length: 0\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			InputStream in = new BufferedInputStream(socket.getInputStream());
			String head = RawHttp.readHead(in);
			assertThat(head).startsWith("HTTP/1.1 400").doesNotContain("hhhhhhhh");
			assertThat(new String(in.readNBytes(RawHttp.contentLength(head)), StandardCharsets.UTF_8))
				.contains("longer than a host name can be").doesNotContain("hhhhhhhh");
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
			String head = RawHttp.readHead(new BufferedInputStream(socket.getInputStream()));
			assertThat(head).startsWith("HTTP/1.1 415").contains("Accept-Encoding: identity");
		}
	}

}
