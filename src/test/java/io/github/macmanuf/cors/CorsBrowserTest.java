package io.github.macmanuf.cors;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import io.github.macmanuf.support.HeadlessChromium;
import io.github.macmanuf.support.PageServer;
import io.github.macmanuf.support.TempDataDir;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CORS proven in a real browser: headless Chromium loads a page from a second origin (another port) whose
 * {@code fetch()} calls the API; the page writes what happened into the DOM. Only the first page's origin is
 * configured, for reads and for writes; the second page's origin is not.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class CorsBrowserTest {

	static final String PAGE = """
			<!doctype html>
			<html><body><pre id="result"></pre><script>
			const q = new URLSearchParams(location.search);
			const init = { method: q.get('method'), headers: {} };
			if (q.get('token')) { init.headers['Authorization'] = 'Bearer ' + q.get('token'); }
			if (q.get('body')) { init.headers['Content-Type'] = 'application/json'; init.body = q.get('body'); }
			fetch(q.get('url'), init)
				.then((r) => r.text().then((body) => 'status ' + r.status + ' ' + body))
				.catch((e) => 'blocked ' + e.name)
				.then((text) => { document.getElementById('result').textContent = text; });
			</script></body></html>
			""";

	static final PageServer allowed = PageServer.serving(PAGE);

	static final PageServer stranger = PageServer.serving(PAGE);

	static HeadlessChromium browser;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TempDataDir.register(registry);
		registry.add("manuf.cors.read-origins", allowed::origin);
		registry.add("manuf.cors.write-origins", allowed::origin);
	}

	@BeforeAll
	static void startBrowser() {
		browser = HeadlessChromium.startOrSkip();
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.close();
		}
		allowed.close();
		stranger.close();
	}

	@Test
	void fetchWhenPageOriginAllowedShouldReadTheAnswer() {
		String result = browser.resultOf(page(allowed, "GET", "/chilcano/api/manuf/00:50:CA:FE:CA:FE", null));
		assertThat(result).startsWith("status 200 ").contains("\"manuf\":\"DZS\"");
	}

	@Test
	void fetchWhenPageOriginNotAllowedShouldBeBlockedByTheBrowser() {
		String result = browser.resultOf(page(stranger, "GET", "/chilcano/api/manuf/00:50:CA:FE:CA:FE", null));
		assertThat(result).isEqualTo("blocked TypeError");
	}

	/** The preflight for a write with a bearer token passes; what the endpoint then says does not matter here. */
	@Test
	void fetchWriteWithTokenWhenPageOriginListedShouldGetPastThePreflight() {
		String result = browser.resultOf(page(allowed, "POST", "/chilcano/api/manuf", "t0ken"));
		assertThat(result).startsWith("status ").doesNotContain("Invalid CORS request");
	}

	@Test
	void fetchWriteWithTokenWhenPageOriginNotListedShouldBeBlockedByTheBrowser() {
		String result = browser.resultOf(page(stranger, "POST", "/chilcano/api/manuf", "t0ken"));
		assertThat(result).isEqualTo("blocked TypeError");
	}

	private String page(PageServer origin, String method, String path, String token) {
		String url = "http://localhost:" + this.port + path;
		return origin.origin() + "/?method=" + method + "&url=" + encode(url)
				+ ((token != null) ? "&token=" + token + "&body=" + encode("{\"mac\":\"02:00:00:00:00:01\"}") : "");
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
