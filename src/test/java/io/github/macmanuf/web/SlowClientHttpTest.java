package io.github.macmanuf.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.github.macmanuf.support.HttpApi.Response;
import io.github.macmanuf.support.HttpServiceTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clients that announce a bulk body and then stop sending it: at most {@code manuf.bulk.max-concurrent} of them
 * hold a request thread, the rest are answered 503 at once, single lookups go on being served, and the held ones
 * are answered 408 and dropped at the connection's idle timeout (short here, so that the test is too). More
 * stalled clients than the pool has threads. And bodies that trickle in, are cut short, or are announced over
 * the limit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "server.jetty.connection-idle-timeout=2s", "manuf.bulk.max-body-time=3s" })
class SlowClientHttpTest extends HttpServiceTest {

	private static final int STALLED = 20;

	@Test
	void stalledBulkBodiesShouldNotStarveLookupsAndShouldBeDroppedAtTheIdleTimeout() throws IOException {
		List<Socket> stalled = new ArrayList<>();
		try {
			for (int i = 0; i < STALLED; i++) {
				Socket socket = new Socket("127.0.0.1", this.port);
				socket.setSoTimeout(20_000);
				socket.getOutputStream().write(("POST " + API + "/lookup HTTP/1.1\r\nHost: localhost\r\n"
						+ "Content-Type: application/json\r\nContent-Length: 1000000\r\n\r\n[").getBytes(
								StandardCharsets.US_ASCII));
				stalled.add(socket);
			}
			Response lookup = this.api.get(API + "/00:50:CA");
			assertThat(lookup.status()).isEqualTo(200);
			int busy = 0;
			int timedOut = 0;
			for (Socket socket : stalled) {
				String answer = readAll(socket.getInputStream());
				if (answer.startsWith("HTTP/1.1 503")) {
					assertThat(answer).contains("Retry-After: 1").contains("\"title\":\"Bulk lookups busy\"");
					busy++;
				}
				else {
					assertThat(answer).startsWith("HTTP/1.1 408").contains("stopped arriving");
					timedOut++;
				}
			}
			assertThat(busy).isEqualTo(STALLED - 4);
			assertThat(timedOut).isEqualTo(4);
		}
		finally {
			for (Socket socket : stalled) {
				socket.close();
			}
		}
		Response bulk = this.api.send("POST", API + "/lookup", "application/json", "[\"00:50:CA\"]");
		assertThat(bulk.status()).as("every slot is free again").isEqualTo(200);
	}

	@Test
	void bodyTricklingInShouldAnswer408AtTheBodyTimeLimit() throws IOException, InterruptedException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(20_000);
			OutputStream out = socket.getOutputStream();
			out.write(("POST " + API + "/lookup HTTP/1.1\r\nHost: localhost\r\n"
					+ "Content-Type: text/plain\r\nContent-Length: 1000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			try {
				for (int i = 0; i < 40; i++) {
					out.write('\n');
					out.flush();
					Thread.sleep(500);
				}
			}
			catch (SocketException closed) {
				// the server answered and closed while the trickle went on
			}
			String answer = readAll(socket.getInputStream());
			assertThat(answer).startsWith("HTTP/1.1 408").contains("came too slowly");
		}
	}

	@Test
	void bodyCutShortShouldAnswer400() throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(20_000);
			socket.getOutputStream().write(("POST " + API + "/lookup HTTP/1.1\r\nHost: localhost\r\n"
					+ "Content-Type: text/plain\r\nContent-Length: 1000\r\n\r\n00:50:CA\n").getBytes(
							StandardCharsets.US_ASCII));
			socket.shutdownOutput();
			String answer = readAll(socket.getInputStream());
			assertThat(answer).startsWith("HTTP/1.1 400").contains("ended before it was complete");
		}
	}

	@Test
	void declaredLengthOverTheLimitShouldAnswer413BeforeTheBodyIsSent() throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(20_000);
			socket.getOutputStream().write(("POST " + API + "/lookup HTTP/1.1\r\nHost: localhost\r\n"
					+ "Content-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: 7000000\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			String answer = readAll(socket.getInputStream());
			assertThat(answer).startsWith("HTTP/1.1 413").doesNotContain("100 Continue").contains("\"limit_bytes\"");
		}
	}

	private static String readAll(InputStream in) throws IOException {
		return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
	}

}
