package io.github.macmanuf.web;

import java.nio.charset.StandardCharsets;

import io.github.macmanuf.support.HttpApi.Response;
import io.github.macmanuf.support.WritableApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** User entries written over real HTTP: every status of POST, PUT and DELETE, and what lookups see after. */
class EntryHttpTest extends WritableApiTest {

	@Test
	void createWhenPrefixImportedShouldOverrideItUntilDeleted() {
		assertThat(manufOf("70:B3:D5:12:34:56")).isEqualTo("Amfitech");
		Response created = write("POST", API, entry("70:B3:D5:12:30:00/36", "Acme", "Acme Sensors Ltd"));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.header("Location")).isEqualTo(this.api.uri(API + "/70:B3:D5:12:30:00/36").toString());
		JsonNode body = created.json();
		assertThat(body.get("mac").asString()).isEqualTo("70:B3:D5:12:30:00/36");
		assertThat(body.get("manuf_desc").asString()).isEqualTo("Acme Sensors Ltd");
		assertThat(body.get("source").asString()).isEqualTo("user");
		assertThat(manufOf("70:B3:D5:12:34:56")).as("visible at once").isEqualTo("Acme");
		assertThat(manufOf("70:B3:D5:12:44:56")).as("the next /36 is untouched").isEqualTo("Forschun");

		Response deleted = write("DELETE", API + "/70:B3:D5:12:30:00/36", null);
		assertThat(deleted.status()).isEqualTo(204);
		assertThat(deleted.body()).isEmpty();
		assertThat(manufOf("70:B3:D5:12:34:56")).as("the imported entry is back").isEqualTo("Amfitech");
	}

	@Test
	void locationShouldBeAUrlThatGetPutAndDeleteAccept() {
		String location = write("POST", API, entry("0A:12:34:50:00:00/28", "Loc", "Location Test")).header("Location");
		String path = location.substring(location.indexOf(API));
		assertThat(path).isEqualTo(API + "/0A:12:34:50:00:00/28");
		assertThat(this.api.get(path).json().get("manuf").asString()).isEqualTo("Loc");
		Response replaced = write("PUT", path, "{\"manuf\":\"Loc2\",\"manuf_desc\":\"Location Two\"}");
		assertThat(replaced.status()).isEqualTo(200);
		assertThat(manufOf("0A:12:34:5F:00:01")).isEqualTo("Loc2");
		assertThat(write("DELETE", path, null).status()).isEqualTo(204);
		assertThat(write("DELETE", path, null).status()).isEqualTo(404);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			06:AB:CD             | 06:AB:CD             | 24
			06-ab-cd-01          | 06:AB:CD:01          | 32
			06ABCD012            | 06:AB:CD:01:20:00/36 | 36
			06:ab:cd:01:23:45    | 06:AB:CD:01:23:45    | 48
			06:AB:CD:02:00:00/25 | 06:AB:CD:00:00:00/25 | 25
			""")
	void createWithoutMaskShouldTakeTheBitsGiven(String mac, String prefix, int bits) {
		Response created = write("POST", API, entry(mac, "Bits" + bits, "Bits test"));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().get("mac").asString()).isEqualTo(prefix);
		assertThat(created.json().get("prefix_bits").asInt()).isEqualTo(bits);
		assertThat(write("DELETE", API + "/" + prefix, null).status()).isEqualTo(204);
	}

	@Test
	void createWhenUserEntryExistsShouldAnswer409() {
		assertThat(write("POST", API, entry("0A:11:22", "First", "First Ltd")).status()).isEqualTo(201);
		Response again = write("POST", API, entry("0a-11-22", "Second", "Second Ltd"));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.contentType()).startsWith("application/problem+json");
		assertThat(again.json().get("mac").asString()).isEqualTo("0A:11:22");
		assertThat(manufOf("0A:11:22:33:44:55")).isEqualTo("First");
	}

	@Test
	void replaceShouldAcceptTheBodyTheBareHexAndTheMaskSegmentForms() {
		assertThat(write("POST", API, entry("0A:22:33:40:00:00/36", "V1", "Version 1")).status()).isEqualTo(201);
		Response collection = write("PUT", API, entry("0a2233400000/36", "V2", "Version 2"));
		assertThat(collection.status()).isEqualTo(200);
		assertThat(collection.json().get("manuf").asString()).isEqualTo("V2");
		assertThat(write("PUT", API + "/0A2233400", "{\"manuf\":\"V3\",\"manuf_desc\":\"Version 3\"}").status())
			.isEqualTo(200);
		assertThat(manufOf("0A:22:33:40:0F:FF")).isEqualTo("V3");
		Response masked = write("PUT", API + "/0A:22:33:40:00:00/36", entry("0A:22:33:40:00:00/36", "V4", "Version 4"));
		assertThat(masked.status()).isEqualTo(200);
		assertThat(manufOf("0A:22:33:40:00:01")).isEqualTo("V4");
		assertThat(this.api.get(API + "/0A:22:33:40:00:00/36").json().get("source").asString()).isEqualTo("user");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "0x24", "+36", "%EF%BC%93%EF%BC%96", "49", "99999999999" })
	void maskSegmentThatIsNotOneOrTwoDigitsFrom1To48ShouldAnswer400(String mask) {
		String path = API + "/0A:22:33:40:00:00/" + mask;
		Response replaced = write("PUT", path, "{\"manuf\":\"X\",\"manuf_desc\":\"X\"}");
		assertThat(replaced.status()).isEqualTo(400);
		assertThat(replaced.json().get("detail").asString()).contains("mask");
		assertThat(write("DELETE", path, null).status()).isEqualTo(400);
	}

	@Test
	void replaceWhenNoUserEntryShouldAnswer404() {
		Response imported = write("PUT", API, entry("00:50:CA", "DZS2", "Not mine"));
		assertThat(imported.status()).isEqualTo(404);
		assertThat(imported.json().get("detail").asString()).contains("imported").contains("POST");
		assertThat(write("PUT", API + "/0A:99:99", "{\"manuf\":\"X\",\"manuf_desc\":\"X\"}").status()).isEqualTo(404);
		assertThat(manufOf("00:50:CA:FE:CA:FE")).isEqualTo("DZS");
	}

	@Test
	void deleteWhenOnlyAnImportedEntryShouldAnswer404AndKeepIt() {
		Response response = write("DELETE", API + "/00:50:CA", null);
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(manufOf("00:50:CA:FE:CA:FE")).isEqualTo("DZS");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			{"manuf":"A","manuf_desc":"A"}                                | mac
			{"mac":"0A:33:44/49","manuf":"A","manuf_desc":"A"}            | mac
			{"mac":"0A:33:44/0","manuf":"A","manuf_desc":"A"}             | mac
			{"mac":"0A:33:44:55:66:77:88","manuf":"A","manuf_desc":"A"}   | mac
			{"mac":"zz","manuf":"A","manuf_desc":"A"}                     | mac
			{"mac":"0A:33:44","manuf_desc":"A"}                           | manuf
			{"mac":"0A:33:44","manuf":"   ","manuf_desc":"A"}             | manuf
			{"mac":"0A:33:44","manuf":"\u00a0","manuf_desc":"A"}          | manuf
			{"mac":"0A:33:44","manuf":"A","manuf_desc":"\u00a0\u2007\u202f"} | manuf_desc
			{"mac":"0A:33:44","manuf":"\u200b","manuf_desc":"A"}          | manuf
			{"mac":"0A:33:44","manuf":"\u202e\ufeff","manuf_desc":"A"}    | manuf
			{"mac":"0A:33:44","manuf":"A\\u0007B","manuf_desc":"A"}       | manuf
			{"mac":"0A:33:44","manuf":"A","manuf_desc":"line\\nbreak"}    | manuf_desc
			{"mac":"0A:33:44","manuf":"A","manuf_desc":"half \\ud83d"}     | manuf_desc
			{"mac":"0A:33:44","manuf":"A","manuf_desc":""}                | manuf_desc
			{"mac":"0A:33:44","manuf":{"x":1},"manuf_desc":"A"}           | manuf
			{"mac":"0A:33:44","manuf":"A",                                | body
			`[1,2]`                                                       | body
			""")
	void createWhenInvalidShouldAnswer400NamingTheField(String json, String field) {
		Response response = write("POST", API, json);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
		assertThat(response.json().get("detail").asString()).startsWith(field + ": ");
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("java.");
		assertThat(this.api.get(API + "/0A:33:44:00:00:01").status()).as("nothing written").isEqualTo(404);
	}

	@Test
	void createWhenNamesTooLongShouldAnswer400AndWhenPaddedShouldTrim() {
		String longName = "x".repeat(257);
		assertThat(write("POST", API, entry("0A:44:55", longName, "A")).status()).isEqualTo(400);
		// 256 characters, as the contract's maxLength counts them, even where Java needs two units for one
		Response emoji = write("POST", API, entry("0A:44:57", "\uD83D\uDE00".repeat(256), "Emoji Ltd"));
		assertThat(emoji.status()).isEqualTo(201);
		assertThat(emoji.json().get("manuf").asString()).hasSize(512);
		assertThat(write("POST", API, entry("0A:44:58", "\uD83D\uDE00".repeat(257), "E")).status()).isEqualTo(400);
		Response padded = write("POST", API, entry("0A:44:55", "  " + "y".repeat(256) + "  ", " Padded Ltd\\t"));
		assertThat(padded.status()).isEqualTo(201);
		assertThat(padded.json().get("manuf").asString()).isEqualTo("y".repeat(256));
		assertThat(padded.json().get("manuf_desc").asString()).isEqualTo("Padded Ltd");
		// pasted from a web page: no-break spaces and a zero-width space around the name, one inside it stays
		Response pasted = write("POST", API, entry("0A:44:56", "\\u00a0B\\u00a0", "\\u200bPasted\\u00a0Ltd\\u202f"));
		assertThat(pasted.status()).isEqualTo(201);
		assertThat(pasted.json().get("manuf").asString()).isEqualTo("B");
		assertThat(pasted.json().get("manuf_desc").asString()).isEqualTo("Pasted\u00a0Ltd");
		assertThat(manufOf("0A:44:56:00:00:01")).isEqualTo("B");
	}

	@Test
	void replaceAtWhenBodyNamesAnotherPrefixShouldAnswer400() {
		Response response = write("PUT", API + "/0A:55:66", entry("0A:55:67", "A", "A"));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("mac");
	}

	@Test
	void writeWhenPathOrMediaTypeOrMethodWrongShouldAnswerProblemJson() {
		assertThat(write("DELETE", API + "/0A:66:77/49", null).status()).isEqualTo(400);
		assertThat(write("DELETE", API + "/not-a-prefix", null).status()).isEqualTo(400);
		Response form = this.api.send("POST", API, "application/x-www-form-urlencoded", "mac=0A:66:77",
				"Authorization", "Bearer " + TOKEN);
		assertThat(form.status()).isEqualTo(415);
		Response patch = write("PATCH", API + "/0A:66:77", "{}");
		assertThat(patch.status()).isEqualTo(405);
		assertThat(patch.contentType()).startsWith("application/problem+json");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
			{"mac":"0A:77:88","manuf":["A"]}       | manuf: has the wrong type: expected a string
			{"mac":"0A:77:88","manuf":1,"manuf_desc":"A"}    | manuf: has the wrong type: expected a string
			{"mac":"0A:77:88","manuf":"A","manuf_desc":true} | manuf_desc: has the wrong type: expected a string
			{"mac":"0A:77:88","manuf":"A","manuf_desc":1.5}  | manuf_desc: has the wrong type: expected a string
			{"mac":1,"manuf":"A","manuf_desc":"A"}           | mac: has the wrong type: expected a string
			{"mac":"0A:77:88","manuf":"A"          | body: is not valid JSON (line 1, column 30)
			{"mac":"0A:77:88" "manuf":"A"}         | body: is not valid JSON (line 1, column 19)
			{"mac":"0A:77:88","manuf":"A","manuf_desc":"A"}{"x":1} | body: is missing, not a JSON object, or followed by more JSON: send one JSON object
			[]                                     | body: is missing, not a JSON object, or followed by more JSON: send one JSON object
			""")
	void createWhenBodyUnreadableShouldNameTheProblem(String body, String detail) {
		Response response = write("POST", API, body);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("detail").asString()).isEqualTo(detail);
		assertThat(this.api.get(API + "/0A:77:88:00:00:01").status()).isEqualTo(404);
	}

	@Test
	void createWhenNameIsNotUtf8ShouldSaySoNotWrongType() {
		byte[] body = "{\"mac\":\"0A:77:89\",\"manuf\":\"Caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
		Response response = this.api.sendBytes("POST", API, "application/json", body, "Authorization",
				"Bearer " + TOKEN);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("detail").asString()).startsWith("body: is not valid JSON in UTF-8");
		assertThat(this.api.get(API + "/0A:77:89:00:00:01").status()).isEqualTo(404);
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void writeWhenMethodWrongShouldNotLogAWarningPerRequest(CapturedOutput output) {
		for (int i = 0; i < 3; i++) {
			assertThat(write("PATCH", API + "/0A:66:78", "{}").status()).isEqualTo(405);
		}
		assertThat(output.getAll()).doesNotContain("Request method 'PATCH' is not supported");
	}

	private String manufOf(String mac) {
		Response response = this.api.get(API + "/" + mac);
		assertThat(response.status()).as("lookup of %s", mac).isEqualTo(200);
		return response.json().get("manuf").asString();
	}

}
