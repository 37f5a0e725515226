package io.github.macmanuf.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.github.macmanuf.mac.MacAddress;
import io.github.macmanuf.support.HttpApi.Response;
import io.github.macmanuf.support.WritableApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** GET /chilcano/api/manuf?q= and /meta over real HTTP. */
class SearchHttpTest extends WritableApiTest {

	@Test
	void searchShouldMatchEitherNameIgnoringCaseSortedByPrefix() {
		JsonNode page = this.api.get(API + "?q=cisco&size=500").json();
		assertThat(page.get("total").asInt()).isGreaterThan(1000);
		assertThat(this.api.get(API + "?q=CiScO&size=1").json().get("total").asInt())
			.isEqualTo(page.get("total").asInt());
		List<MacAddress> prefixes = new ArrayList<>();
		for (JsonNode item : page.get("items")) {
			assertThat(item.get("manuf").asString() + " " + item.get("manuf_desc").asString()).containsIgnoringCase("cisco");
			prefixes.add(MacAddress.parsePrefix(item.get("mac").asString()));
		}
		assertThat(prefixes).hasSize(500).isSortedAccordingTo((a, b) -> Long.compare(a.bits(), b.bits()));
		assertThat(page.get("items").get(0).get("mac").asString()).isEqualTo("00:00:0C");
	}

	@Test
	void searchWhenOnlyTheLongNameMatchesShouldFindIt() {
		JsonNode items = this.api.get(API + "?q=direct%20sia").json().get("items");
		assertThat(items).isNotEmpty();
		assertThat(items.get(0).get("manuf").asString()).isEqualTo("OpenRBco");
	}

	@Test
	void searchPagesShouldFollowEachOtherWithoutOverlap() {
		JsonNode first = this.api.get(API + "?q=cisco&page=0&size=3").json();
		JsonNode second = this.api.get(API + "?q=cisco&page=1&size=3").json();
		JsonNode both = this.api.get(API + "?q=cisco&page=0&size=6").json();
		for (int i = 0; i < 3; i++) {
			assertThat(first.get("items").get(i).get("mac")).isEqualTo(both.get("items").get(i).get("mac"));
			assertThat(second.get("items").get(i).get("mac")).isEqualTo(both.get("items").get(i + 3).get("mac"));
		}
		assertThat(first.get("total_pages").asInt()).isEqualTo((first.get("total").asInt() + 2) / 3);
		assertThat(this.api.get(API + "?q=cisco&page=100000").json().get("items")).isEmpty();
		assertThat(this.api.get(API + "?q=no-such-vendor-anywhere").json().get("total").asInt()).isZero();
	}

	@Test
	void searchBySourceShouldListUserEntries() {
		assertThat(write("POST", API, entry("0C:AA:BB", "Searchable", "Findable Widgets")).status()).isEqualTo(201);
		JsonNode page = this.api.get(API + "?source=user&q=findable").json();
		assertThat(page.get("total").asInt()).isOne();
		assertThat(page.get("items").get(0).get("source").asString()).isEqualTo("user");
		assertThat(this.api.get(API + "?source=wka&size=500").json().get("items"))
			.allSatisfy((item) -> assertThat(item.get("source").asString()).isEqualTo("wka"));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			size=501     | size
			size=0       | size
			page=-1      | page
			source=other | source
			size=many    | size
			""")
	void searchWhenParameterOutOfRangeShouldAnswer400NamingIt(String query, String name) {
		Response response = this.api.get(API + "?q=cisco&" + query);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("detail").asString()).contains(name);
	}

	@Test
	void searchTextShouldBeLimitedTo256CharactersAsTheContractCountsThem() {
		String emoji = URLEncoder.encode("\uD83D\uDE00", StandardCharsets.UTF_8);
		assertThat(this.api.get(API + "?q=" + emoji.repeat(256)).status()).isEqualTo(200);
		Response tooLong = this.api.get(API + "?q=" + emoji.repeat(257));
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.json().get("detail").asString()).isEqualTo("q: must be at most 256 characters");
		assertThat(this.api.get(API + "?q=" + "x".repeat(257)).status()).isEqualTo(400);
	}

	@Test
	void metaShouldCountServedEntriesAndNameTheImport() {
		JsonNode meta = this.api.get(API + "/meta").json();
		int byLength = 0;
		for (JsonNode count : meta.get("by_mask_length")) {
			byLength += count.asInt();
		}
		int bySource = 0;
		for (JsonNode count : meta.get("by_source")) {
			bySource += count.asInt();
		}
		assertThat(byLength).isEqualTo(meta.get("entries").asInt());
		assertThat(bySource).isEqualTo(meta.get("entries").asInt());
		assertThat(meta.get("by_mask_length").get("36").asInt()).isGreaterThan(10_000);
		assertThat(meta.get("by_source").get("wka").asInt()).isEqualTo(215);
		JsonNode imported = meta.get("current_import");
		assertThat(imported.get("source").asString()).startsWith("bundled:");
		assertThat(imported.get("sha256").asString()).hasSize(64);
		assertThat(imported.get("manuf_entries").asInt()).isEqualTo(52417);
		assertThat(imported.get("imported_at").asString()).isNotBlank();
		int users = meta.get("by_source").get("user").asInt();
		assertThat(write("POST", API, entry("0C:BB:CC", "Counted", "Counted Ltd")).status()).isEqualTo(201);
		assertThat(this.api.get(API + "/meta").json().get("by_source").get("user").asInt()).isEqualTo(users + 1);
	}

}
