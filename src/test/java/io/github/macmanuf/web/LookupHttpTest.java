package io.github.macmanuf.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;

import io.github.macmanuf.support.HttpApi.Response;
import io.github.macmanuf.support.HttpServiceTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The seed-compatible lookup over real HTTP, on a real SQLite file filled from the bundled registry. */
class LookupHttpTest extends HttpServiceTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			00-50:Ca-Fe-Ca-Fe  | 00:50:CA             | DZS       | DZS Inc.                    | 24
			00:50:CA:FE:CA:FE  | 00:50:CA             | DZS       | DZS Inc.                    | 24
			0050.cafe.cafe     | 00:50:CA             | DZS       | DZS Inc.                    | 24
			0050cafecafe       | 00:50:CA             | DZS       | DZS Inc.                    | 24
			0:50:ca:fe:ca:fe   | 00:50:CA             | DZS       | DZS Inc.                    | 24
			00:1B:C5:00:12:34  | 00:1B:C5:00:10:00/36 | OpenRBco  | OpenRB.com, Direct SIA      | 36
			00:1B:C5:01:8A:BC  | 00:1B:C5             | IEEERegi  | IEEE Registration Authority | 24
			34-e1-d1-80-12-34  | 34:E1:D1:80:00:00/28 | Hubitat   | Hubitat Inc.                | 28
			FF:FF:FF:FF:FF:FF  | FF:FF:FF:FF:FF:FF    | Broadcast | Broadcast                   | 48
			01:00:5E:00:00:FB  | 01:00:5E:00:00:00/25 | IPv4mcast | IPv4mcast                   | 25
			""")
	void lookupWhenRegisteredShouldAnswerTheSeedKeys(String mac, String prefix, String manuf, String desc, int bits) {
		Response response = this.api.get("/chilcano/api/manuf/" + mac);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.contentType()).startsWith("application/json");
		JsonNode json = response.json();
		assertThat(json.get("mac").asString()).isEqualTo(prefix);
		assertThat(json.get("manuf").asString()).isEqualTo(manuf);
		assertThat(json.get("manuf_desc").asString()).isEqualTo(desc);
		assertThat(json.get("prefix_bits").asInt()).isEqualTo(bits);
	}

	@Test
	void lookupShouldReportTheNormalisedAddressAndItsFlags() {
		JsonNode json = this.api.get("/chilcano/api/manuf/ff-ff-ff-ff-ff-ff").json();
		assertThat(json.get("address").asString()).isEqualTo("FF:FF:FF:FF:FF:FF");
		assertThat(json.get("multicast").asBoolean()).isTrue();
		assertThat(json.get("broadcast").asBoolean()).isTrue();
		JsonNode commented = this.api.get("/chilcano/api/manuf/00:00:18:00:00:01").json();
		assertThat(commented.get("comment").asString()).isEqualTo("Appletalk/Ethernet Gateway");
		assertThat(commented.get("manuf_desc").asString()).isEqualTo("Webster Computer Corporation");
	}

	@Test
	void lookupWhenNotRegisteredShouldAnswer404ProblemWithFlags() {
		Response response = this.api.get("/chilcano/api/manuf/02:00:00:00:00:01");
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.contentType()).startsWith("application/problem+json");
		JsonNode json = response.json();
		assertThat(json.get("error").asString()).isEqualTo("The MAC Address '02:00:00:00:00:01' does not exist");
		assertThat(json.get("locally_administered").asBoolean()).isTrue();
		assertThat(json.get("multicast").asBoolean()).isFalse();
		assertThat(json.get("status").asInt()).isEqualTo(404);
	}

	@ParameterizedTest(name = "[{0}]")
	@ValueSource(strings = { "02:00:00:00:00:01", "zz" })
	void lookupErrorShouldBeSentInOnePieceWithContentLength(String mac) {
		Response response = this.api.get("/chilcano/api/manuf/" + mac);
		assertThat(response.status()).isIn(400, 404);
		assertThat(response.header("Transfer-Encoding")).isNull();
		assertThat(response.header("Content-Length"))
			.isEqualTo(String.valueOf(response.body().getBytes(StandardCharsets.UTF_8).length));
		assertThat(response.json().get("instance").asString()).isEqualTo("/chilcano/api/manuf/" + mac);
		assertThat(response.json().get("type").asString()).isEqualTo("about:blank");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			00:1B:C5:00:10:00/36 | 200 | OpenRBco
			00-1b-c5-00-1f-ff/36 | 200 | OpenRBco
			02:00:00:00:00:00/24 | 404 | The MAC Address '02:00:00' does not exist
			00:50:ca/49          | 400 | The MAC Address '00:50:ca/49' is malformed
			00:5g:ca/24          | 400 | The MAC Address '00:5g:ca' is malformed
			00:1B:C5:00:12:34/abc | 400 | The MAC Address '00:1B:C5:00:12:34/abc' is malformed
			00:1B:C5:00:12:34/0x24 | 400 | The MAC Address '00:1B:C5:00:12:34/0x24' is malformed
			00:1B:C5:00:12:34/+36 | 400 | The MAC Address '00:1B:C5:00:12:34/+36' is malformed
			00:1B:C5:00:12:34/%EF%BC%93%EF%BC%96 | 400 | The MAC Address '00:1B:C5:00:12:34/３６' is malformed
			00:1B:C5:00:12:34/99999999999999999999 | 400 | The MAC Address '00:1B:C5:00:12:34/99999999999999999999' is malformed
			""")
	void lookupPrefixShouldAnswerLikeASingleLookup(String path, int status, String answer) {
		Response response = this.api.get("/chilcano/api/manuf/" + path);
		assertThat(response.status()).isEqualTo(status);
		JsonNode json = response.json();
		assertThat(json.get((status == 200) ? "manuf" : "error").asString()).isEqualTo(answer);
		if (status != 200) {
			assertThat(response.contentType()).startsWith("application/problem+json");
			assertThat(json.get("instance").asString()).startsWith("/chilcano/api/manuf/");
		}
	}

	@Test
	void lookupWhenMalformedShouldSayWhyInTheDetail() {
		assertThat(this.api.get("/chilcano/api/manuf/zz").json().get("detail").asString())
			.startsWith("not a MAC address: use 00:50:CA:FE:CA:FE");
		assertThat(this.api.get("/chilcano/api/manuf/" + "0".repeat(40)).json().get("detail").asString())
			.isEqualTo("too long to be a MAC address");
	}

	@Test
	void lookupWhenMalformedShouldLeaveOutTheAddressFlags() {
		JsonNode json = this.api.get("/chilcano/api/manuf/zz").json();
		assertThat(json.get("address").asString()).isEqualTo("zz");
		assertThat(json.has("locally_administered")).isFalse();
		assertThat(json.has("multicast")).isFalse();
		assertThat(json.get("title").asString()).isEqualTo("Malformed MAC address");
	}

	@ParameterizedTest(name = "[{0}]")
	@ValueSource(strings = { "zz", "00:50:ca:fe:ca:fe:01", "00:50:ca:fe:ca:fg", "00:50", "%20", "00:50:ca%00",
			"00%0A50%0Aca", "0050.cafe.caf" })
	void lookupWhenMalformedShouldAnswer400Problem(String mac) {
		Response response = this.api.get("/chilcano/api/manuf/" + mac);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("error").asString()).endsWith("is malformed");
	}

	@Test
	void lookupWhenCutFallsInsideAnEmojiShouldEchoWholeCharactersOnly() {
		String input = "A".repeat(InputEcho.MAX_LENGTH - 1) + "\uD83D\uDE00" + "BBBB";
		Response response = this.api.get("/chilcano/api/manuf/" + URLEncoder.encode(input, StandardCharsets.UTF_8));
		String echoed = response.json().get("address").asString();
		assertThat(echoed).isEqualTo("A".repeat(InputEcho.MAX_LENGTH - 1) + "…");
		assertThat(echoed.chars().noneMatch((c) -> Character.isSurrogate((char) c))).isTrue();
	}

	@Test
	void lookupWhenCutFallsInsideAPercentEscapeShouldKeepTheInstanceAValidPath() {
		String path = "/chilcano/api/manuf/";
		String as = "A".repeat(InputEcho.MAX_LENGTH - path.length() - 2); // the emoji's first escape straddles the cut
		Response response = this.api.get(path + as + URLEncoder.encode("\uD83D\uDE00", StandardCharsets.UTF_8));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("instance").asString()).isEqualTo(path + as);
	}

	@Test
	void lookupWhenInputHugeShouldNotEchoItWhole() {
		String huge = "A".repeat(5000);
		Response response = this.api.get("/chilcano/api/manuf/" + huge);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).doesNotContain(huge.substring(0, 100)).hasSizeLessThan(1000);
	}

	@Test
	void requestOverTheHeaderSizeLimitShouldSaySoInProblemJson() {
		Response longUrl = this.api.get("/chilcano/api/manuf/" + "A".repeat(12_000));
		assertThat(longUrl.status()).isEqualTo(414);
		assertThat(longUrl.contentType()).startsWith("application/problem+json");
		assertThat(longUrl.json().get("detail").asString()).contains("over the 8 KB limit");
		Response bigHeader = this.api.send("GET", "/chilcano/api/manuf/00:50:CA:FE:CA:FE", null, null, "X-Filler",
				"x".repeat(12_000));
		assertThat(bigHeader.status()).isEqualTo(431);
		assertThat(bigHeader.contentType()).startsWith("application/problem+json");
		assertThat(bigHeader.json().get("detail").asString()).contains("over the 8 KB limit");
	}

	@Test
	void unknownPathAndWrongMediaTypeShouldAnswerProblemJson() {
		Response unknown = this.api.get("/chilcano/api/nothing/here");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.contentType()).startsWith("application/problem+json");
		Response wrongMediaType = this.api.send("POST", "/chilcano/api/manuf/lookup", "application/xml", "<a/>");
		assertThat(wrongMediaType.status()).isEqualTo(415);
		assertThat(wrongMediaType.contentType()).startsWith("application/problem+json");
		assertThat(wrongMediaType.body()).doesNotContain("Exception").doesNotContain("at org.");
	}

	@Test
	void multipartContentTypeWithoutBoundaryShouldNotFailTheLookup() {
		Response response = this.api.send("GET", "/chilcano/api/manuf/0050cafecafe", "multipart/form-data", null);
		assertThat(response.status()).isLessThan(500);
		Response post = this.api.send("POST", "/chilcano/api/nothing", "multipart/form-data", "x");
		assertThat(post.status()).isBetween(400, 499);
		assertThat(post.contentType()).startsWith("application/problem+json");
	}

	@Test
	void errorPathAndTraceShouldAnswerProblemJsonNot500() {
		Response error = this.api.get("/error");
		assertThat(error.status()).isEqualTo(404);
		assertThat(error.contentType()).startsWith("application/problem+json");
		Response trace = this.api.send("TRACE", "/chilcano/api/manuf/0050cafecafe", null, null);
		assertThat(trace.status()).isEqualTo(405);
		assertThat(trace.contentType()).startsWith("application/problem+json");
		assertThat(trace.body()).doesNotContain("TRACE /chilcano");
	}

	@Test
	void lookupWhenAcceptRulesOutJsonShouldAnswer406WithProblemBody() {
		Response response = this.api.send("GET", "/chilcano/api/manuf/00:50:CA:FE:CA:FE", null, null, "Accept",
				"text/html");
		assertThat(response.status()).isEqualTo(406);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("status").asInt()).isEqualTo(406);
	}

	@ParameterizedTest(name = "[{0}]")
	@ValueSource(strings = { "garbage", ";;;", "application/json;q=abc" })
	void acceptThatDoesNotParseShouldBeDisregardedSoAnswersKeepTheirBody(String accept) {
		Response lookup = this.api.send("GET", "/chilcano/api/manuf/00:50:CA:FE:CA:FE", null, null, "Accept", accept);
		assertThat(lookup.status()).isEqualTo(200);
		assertThat(lookup.json().get("manuf").asString()).isEqualTo("DZS");
		Response unknown = this.api.send("GET", "/nothing/here", null, null, "Accept", accept);
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.contentType()).startsWith("application/problem+json");
		Response unauthorized = this.api.send("POST", "/chilcano/api/manuf", "application/json", "{}", "Accept",
				accept);
		assertThat(unauthorized.status()).isIn(401, 403);
		assertThat(unauthorized.json().get("status").asInt()).isEqualTo(unauthorized.status());
	}

	@Test
	void acceptWithMoreTypesThanSpringSortsShouldBeDisregarded() {
		String many = String.join(", ", Collections.nCopies(51, "text/html;q=0.1")) + ", application/json";
		for (String path : List.of("/chilcano/api/manuf/00:50:CA", "/chilcano/api/manuf/zz", "/nothing/here")) {
			Response response = this.api.send("GET", path, null, null, "Accept", many);
			assertThat(response.status()).as(path).isIn(200, 400, 404);
			assertThat(response.json()).as(path).isNotNull();
		}
	}

	@ParameterizedTest(name = "[{0}]")
	@ValueSource(strings = { "application/json; charset=bogus", "application/x-www-form-urlencoded" })
	void lookupWhenGetCarriesAContentTypeShouldDisregardIt(String contentType) {
		Response response = this.api.send("GET", "/chilcano/api/manuf/00:50:CA?x=1", contentType, null);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("manuf").asString()).isEqualTo("DZS");
	}

	@ParameterizedTest(name = "[{0}]")
	@ValueSource(strings = { "application/json; charset=utf-16", "application/json;charset=ISO-8859-1",
			"*/*; charset=utf-32", "application/json;charset=us-ascii;q=0.9, */*;q=0.1" })
	void acceptCharsetShouldBeDisregardedBecauseJsonIsAlwaysUtf8(String accept) {
		for (String path : List.of("/chilcano/api/manuf/02:00:00:00:00:01", "/chilcano/api/manuf/zz",
				"/chilcano/api/manuf/meta", "/chilcano/api/manuf?q=dzs", "/actuator/health")) {
			Response response = this.api.send("GET", path, null, null, "Accept", accept);
			assertThat(response.status()).as(path).isIn(200, 400, 404);
			assertThat(response.contentType()).as(path)
				.doesNotContainIgnoringCase("utf-16")
				.doesNotContainIgnoringCase("utf-32")
				.doesNotContainIgnoringCase("us-ascii")
				.doesNotContainIgnoringCase("8859");
			assertThat(response.json()).as(path).isNotNull();
		}
		Response umlaut = this.api.send("GET", "/chilcano/api/manuf/00:03:5F", null, null, "Accept", accept);
		assertThat(umlaut.json().get("manuf_desc").asString()).isEqualTo("Prüftechnik Condition Monitoring GmbH & Co. KG");
	}

	@ParameterizedTest(name = "[{0}]")
	@CsvSource({ "/chilcano/api/manuf?size=x, size", "/chilcano/api/manuf?page=1.5, page",
			"/chilcano/api/manuf?size=0x10, size", "/chilcano/api/manuf?size=%2310, size",
			"/chilcano/api/manuf?size=%2B5, size", "/chilcano/api/manuf?size=%20%205, size",
			"/chilcano/api/manuf?size=%EF%BC%95, size", "/chilcano/api/manuf?page=2147483648, page",
			"/chilcano/api/manuf?page=-1, page", "/chilcano/api/manuf?page=99999999999999999999, page",
			"/chilcano/api/manuf?page=1&page=2, page", "/chilcano/api/manuf?size=-1, size" })
	void lookupWhenNumberParameterIsNotANumberShouldAnswer400NamingIt(String path, String field) {
		Response response = this.api.get(path);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
		assertThat(response.json().get("detail").asString())
			.isEqualTo(field + ": must be one whole number in digits, with no sign, up to 2147483647");
	}

	@ParameterizedTest(name = "[{0}]")
	@CsvSource({ "/chilcano/api/manuf/., 'an empty, . or .. segment, a ;'",
			"/chilcano/api/manuf/00:50:CA;x, 'an empty, . or .. segment, a ;'",
			"/chilcano/api/manuf/;, 'an empty, . or .. segment, a ;'",
			"/chilcano/api/manuf//00:50:CA, an empty path segment (//)" })
	void lookupWhenPathHoldsWhatNoApiPathHasShouldSaySo(String path, String named) {
		Response response = this.api.get(path);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("detail").asString()).contains(named);
	}

	@Test
	void unknownPathShouldNotMentionStaticResources() {
		Response response = this.api.get("/chilcano/api/manuf/00:50:ca:fe:ca:fe/");
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.json().get("detail").asString()).doesNotContain("static");
	}

	@Test
	void queryStringThatIsNotUtf8ShouldAnswer400Problem() {
		Response response = this.api.get("/chilcano/api/manuf?q=%FF");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).as("like every other problem answer").isEqualTo("application/problem+json");
		assertThat(response.json().get("detail").asString()).contains("%-escape");
	}

}
