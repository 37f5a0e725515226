package io.github.macmanuf.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.GZIPOutputStream;

import io.github.macmanuf.support.HttpApi.Response;
import io.github.macmanuf.support.WritableApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** POST /chilcano/api/manuf/lookup over real HTTP: order, per-item errors, both body types, the limit. */
class BulkLookupHttpTest extends WritableApiTest {

	private static final String LOOKUP = API + "/lookup";

	@Test
	void lookupAllWhenJsonShouldAnswerInOrderWithPerItemErrors() {
		Response response = this.api.send("POST", LOOKUP, "application/json",
				"[\"00:1B:C5:00:12:34\", \"0050.cafe.cafe\", \"02:00:00:00:00:01\", \"not-a-mac\", \"\", "
						+ "\"ff-ff-ff-ff-ff-ff\"]");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.contentType()).startsWith("application/json");
		JsonNode items = response.json();
		assertThat(items).hasSize(6);
		assertThat(items.get(0).get("manuf").asString()).isEqualTo("OpenRBco");
		assertThat(items.get(0).get("mac").asString()).isEqualTo("00:1B:C5:00:10:00/36");
		assertThat(items.get(1).get("manuf").asString()).isEqualTo("DZS");
		assertError(items.get(2), "02:00:00:00:00:01", "The MAC Address '02:00:00:00:00:01' does not exist", 404);
		assertError(items.get(3), "not-a-mac", "The MAC Address 'not-a-mac' is malformed", 400);
		assertError(items.get(4), "", "The MAC Address '' is malformed", 400);
		assertThat(items.get(5).get("manuf").asString()).isEqualTo("Broadcast");
	}

	@Test
	void lookupAllWhenTextShouldTakeOneAddressPerLineAndSkipBlankLines() {
		Response response = this.api.send("POST", LOOKUP, "text/plain; charset=UTF-8",
				"00:1B:C5:00:12:34\r\n\r\n   \n  0050.cafe.cafe  \n02:00:00:00:00:01\nnot-a-mac");
		assertThat(response.status()).isEqualTo(200);
		JsonNode items = response.json();
		assertThat(items).hasSize(4);
		assertThat(items.get(0).get("manuf").asString()).isEqualTo("OpenRBco");
		assertThat(items.get(1).get("address").asString()).isEqualTo("00:50:CA:FE:CA:FE");
		assertThat(items.get(2).get("status").asInt()).isEqualTo(404);
		assertThat(items.get(3).get("status").asInt()).isEqualTo(400);
	}

	@Test
	void lookupAllWhenItemHugeShouldNotEchoItWhole() {
		String huge = "A".repeat(10_000);
		JsonNode item = this.api.send("POST", LOOKUP, "text/plain", huge + "\n00:50:CA").json().get(0);
		assertThat(item.get("status").asInt()).isEqualTo(400);
		assertThat(item.get("address").asString()).hasSizeLessThan(100);
	}

	@Test
	void lookupAllWhenJsonItemHugeShouldAnswer400NamingItWithoutReadingItWhole() {
		String body = "[\"00:50:CA\",\"" + "A".repeat(5_000_000) + "\"]";
		Response response = this.api.send("POST", LOOKUP, "application/json", body);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("[1]");
		assertThat(response.body()).hasSizeLessThan(1000);
	}

	@Test
	void lookupAllWhenAtTheDefaultLimitShouldAnswerEveryItem() {
		String body = IntStream.range(0, 100_000).mapToObj((i) -> String.format("00:1B:C5:%02X:%02X:%02X", i >> 16,
				(i >> 8) & 0xFF, i & 0xFF)).collect(Collectors.joining("\n"));
		Response response = this.api.send("POST", LOOKUP, "text/plain", body);
		assertThat(response.status()).isEqualTo(200);
		JsonNode items = response.json();
		assertThat(items).hasSize(100_000);
		assertThat(items.get(0x1234).get("manuf").asString()).isEqualTo("OpenRBco");
		assertThat(items.get(99_999).get("address").asString()).isEqualTo("00:1B:C5:01:86:9F");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "application/json", "text/plain" })
	void lookupAllWhenOverTheLimitShouldAnswer413(String contentType) {
		String body = contentType.equals("text/plain") ? "00:50:CA\n".repeat(100_001)
				: "[" + "\"00:50:CA\",".repeat(100_000) + "\"00:50:CA\"]";
		Response response = this.api.send("POST", LOOKUP, contentType, body);
		assertThat(response.status()).isEqualTo(413);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("limit").asInt()).isEqualTo(100_000);
	}

	@Test
	void lookupAllWhenItemHasAMaskShouldReadItAsTheLookupPathDoes() {
		JsonNode items = this.api.send("POST", LOOKUP, "application/json",
				"[\"00:1B:C5:00:10:00/36\", \"00:1B:C5:00:10:00/24\", \"00:1B:C5/49\"]").json();
		assertThat(items.get(0).get("mac").asString()).isEqualTo("00:1B:C5:00:10:00/36");
		assertThat(items.get(0).get("manuf").asString()).isEqualTo("OpenRBco");
		assertThat(items.get(1).get("mac").asString()).isEqualTo("00:1B:C5");
		assertError(items.get(2), "00:1B:C5/49", "The MAC Address '00:1B:C5/49' is malformed", 400);
		for (String path : new String[] { "/00:1B:C5:00:10:00/36", "/00:1B:C5:00:10:00/24" }) {
			assertThat(this.api.get(API + path).json().get("mac").asString()).as(path)
				.isEqualTo(items.get(path.endsWith("36") ? 0 : 1).get("mac").asString());
		}
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "application/json", "text/plain" })
	void lookupAllWhenBodyIsMostlyWhiteSpaceShouldStopAtTheByteLimitWith413(String contentType) {
		String padding = " \n".repeat(3_300_000);
		String body = contentType.equals("text/plain") ? "00:50:CA" + padding : "[\"00:50:CA\"" + padding + "]";
		Response response = this.api.postChunked(LOOKUP, contentType, body);
		assertThat(response.status()).isEqualTo(413);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("limit_bytes").asLong()).isEqualTo(100_000L * 64);
	}

	@Test
	void lookupAllWhenFormOrUnknownCharsetShouldAnswer415() {
		Response form = this.api.send("POST", LOOKUP, "application/x-www-form-urlencoded", "a=%zz&" + "b=1&".repeat(2000));
		assertThat(form.status()).isEqualTo(415);
		Response charset = this.api.send("POST", LOOKUP, "text/plain; charset=bogus", "00:50:CA");
		assertThat(charset.status()).isEqualTo(415);
		assertThat(charset.contentType()).startsWith("application/problem+json");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "{\"mac\":\"00:50:CA\"}", "[\"00:50:CA\", 7]", "[\"00:50:CA\", [\"x\"]]", "[\"00:50:CA\"",
			"\"00:50:CA\"", "", "[] []" })
	void lookupAllWhenBodyNotAnArrayOfStringsShouldAnswer400(String body) {
		Response response = this.api.send("POST", LOOKUP, "application/json", body);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("errors").get(0).get("field").asString()).isNotBlank();
	}

	@Test
	void lookupAllWhenJsonIsNotUtf8ShouldSaySoAsAWriteDoes() {
		byte[] body = "[\"Caf\u00e9\"]".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
		Response response = this.api.sendBytes("POST", LOOKUP, "application/json", body);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("detail").asString()).startsWith("body: is not valid JSON in UTF-8 (line 1");
	}

	@Test
	void lookupAllWhenGetOrHeadShouldAnswer405AllowingPost() {
		Response get = this.api.get(LOOKUP);
		assertThat(get.status()).isEqualTo(405);
		assertThat(get.header("Allow")).isEqualTo("POST");
		assertThat(get.contentType()).startsWith("application/problem+json");
		assertThat(get.body()).doesNotContain("malformed");
		Response head = this.api.send("HEAD", LOOKUP, null, null);
		assertThat(head.status()).isEqualTo(405);
		assertThat(head.header("Allow")).isEqualTo("POST");
	}

	@Test
	void putOrDeleteOnTheBulkOrMetaPathShouldAnswer405NotAnEntryWrite() {
		for (String method : new String[] { "PUT", "DELETE" }) {
			Response lookup = write(method, LOOKUP, method.equals("PUT") ? entry("0A:5D:01", "a", "b") : null);
			assertThat(lookup.status()).as(method).isEqualTo(405);
			assertThat(lookup.header("Allow")).isEqualTo("POST");
			assertThat(lookup.body()).doesNotContain("malformed");
			Response meta = write(method, API + "/meta", method.equals("PUT") ? entry("0A:5D:01", "a", "b") : null);
			assertThat(meta.status()).as(method).isEqualTo(405);
			assertThat(meta.header("Allow")).isEqualTo("GET, HEAD");
			assertThat(meta.contentType()).startsWith("application/problem+json");
		}
	}

	@Test
	void lookupAllWhenNoContentTypeShouldSayWhichToSend() {
		Response response = this.api.send("POST", LOOKUP, null, "00:50:CA");
		assertThat(response.status()).isEqualTo(415);
		assertThat(response.json().get("detail").asString())
			.isEqualTo("The request has no Content-Type: send one of application/json, text/plain.");		Response bogus = this.api.send("POST", LOOKUP, "bogus", "00:50:CA");
		assertThat(bogus.status()).isEqualTo(415);
		assertThat(bogus.json().get("detail").asString()).isEqualTo(
				"The request has a Content-Type that is not a media type: send one of application/json, text/plain.");
	}

	@Test
	void lookupAllWhenEmptyShouldAnswerAnEmptyArrayAndOtherMediaTypes415() {
		assertThat(this.api.send("POST", LOOKUP, "application/json", "[]").json()).isEmpty();
		assertThat(this.api.send("POST", LOOKUP, "text/plain", "\n\n").json()).isEmpty();
		assertThat(this.api.send("POST", LOOKUP, "text/csv", "00:50:CA").status()).isEqualTo(415);
		Response huge = this.api.send("POST", LOOKUP, "text/csv; x=" + "a".repeat(7000), "00:50:CA");
		assertThat(huge.status()).isEqualTo(415);
		assertThat(huge.body()).as("the Content-Type is echoed cut, not whole").hasSizeLessThan(600);
		assertThat(huge.json().get("detail").asString()).startsWith("Content-Type 'text/csv;x=aaaa")
			.endsWith("' is not supported: send one of application/json, text/plain.");
	}

	@Test
	void compressedBodyShouldAnswer415AskingForIdentity() throws IOException {
		ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(gzipped)) {
			gzip.write("00:50:CA:FE:CA:FE\n".getBytes(StandardCharsets.US_ASCII));
		}
		for (String encoding : new String[] { "gzip", "deflate", "br" }) {
			Response bulk = this.api.sendBytes("POST", LOOKUP, "text/plain", gzipped.toByteArray(), "Content-Encoding",
					encoding);
			assertThat(bulk.status()).as(encoding).isEqualTo(415);
			assertThat(bulk.contentType()).isEqualTo("application/problem+json");
			assertThat(bulk.header("Accept-Encoding")).isEqualTo("identity");
			assertThat(bulk.json().get("title").asString()).isEqualTo("Unsupported Content-Encoding");
		}
		Response write = this.api.sendBytes("POST", API, "application/json", gzipped.toByteArray(),
				"Content-Encoding", "gzip", "Authorization", "Bearer " + TOKEN);
		assertThat(write.status()).isEqualTo(415);
		Response repeated = this.api.sendBytes("POST", LOOKUP, "text/plain", gzipped.toByteArray(), "Content-Encoding",
				"identity", "Content-Encoding", "gzip");
		assertThat(repeated.status()).as("any header that names a coding").isEqualTo(415);
		Response identity = this.api.sendBytes("POST", LOOKUP, "text/plain",
				"00:50:CA:FE:CA:FE\n".getBytes(StandardCharsets.US_ASCII), "Content-Encoding", "identity");
		assertThat(identity.json().get(0).get("manuf").asString()).isEqualTo("DZS");
	}

	private static void assertError(JsonNode item, String address, String error, int status) {
		assertThat(item.get("address").asString()).isEqualTo(address);
		assertThat(item.get("error").asString()).isEqualTo(error);
		assertThat(item.get("status").asInt()).isEqualTo(status);
		assertThat(item.has("manuf")).isFalse();
	}

}
