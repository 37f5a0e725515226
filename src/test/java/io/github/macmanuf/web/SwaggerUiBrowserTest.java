package io.github.macmanuf.web;

import java.time.Duration;
import java.util.List;

import io.github.macmanuf.support.HeadlessChromium;
import io.github.macmanuf.support.WritableApiTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/** Swagger UI in a real headless Chromium: it lists every operation, and "Try it out" on a lookup works. */
class SwaggerUiBrowserTest extends WritableApiTest {

	@Test
	void swaggerUiShouldListTheOperationsAndTryALookup() {
		try (HeadlessChromium chromium = HeadlessChromium.startOrSkip()) {
			WebDriver browser = chromium.driver();
			browser.get("http://localhost:" + this.port + "/swagger-ui.html");
			WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(90));
			wait.until((page) -> page.findElements(By.cssSelector(".opblock")).size() == 12);
			List<String> listed = browser.findElements(By.cssSelector(".opblock-summary-path")).stream()
				.map((path) -> path.getAttribute("data-path")).toList();
			assertThat(listed).contains("/chilcano/api/manuf/{mac}", "/chilcano/api/manuf/lookup",
					"/chilcano/api/manuf", "/chilcano/api/manuf/{mac}/{mask}",
					"/chilcano/api/manuf/meta");
			assertThat(browser.findElements(By.cssSelector(".btn.authorize"))).as("Authorize button").isNotEmpty();

			WebElement lookup = browser.findElement(By.id("operations-lookup-lookup"));
			lookup.findElement(By.cssSelector(".opblock-summary")).click();
			click(wait, lookup, ".try-out__btn");
			WebElement mac = wait.until((page) -> lookup.findElement(By.cssSelector(".parameters input[type=text]")));
			mac.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, "00-50-ca-fe-ca-fe");
			click(wait, lookup, ".btn.execute");
			String shown = wait.until((page) -> responseBody(lookup));
			assertThat(shown).contains("\"manuf\": \"DZS\"").contains("\"manuf_desc\": \"DZS Inc.\"");
			assertThat(lookup.findElement(By.cssSelector(".live-responses-table tbody .response-col_status")).getText())
				.contains("200");
		}
	}

	private static void click(WebDriverWait wait, WebElement scope, String css) {
		wait.until((WebDriver page) -> {
			List<WebElement> found = scope.findElements(By.cssSelector(css));
			return !found.isEmpty() && found.get(0).isEnabled() ? found.get(0) : null;
		}).click();
	}

	/** The body of the live response, once Swagger UI shows it; {@code null} until then. */
	private static String responseBody(WebElement operation) {
		List<WebElement> bodies = operation
			.findElements(By.cssSelector(".live-responses-table .response-col_description pre"));
		return bodies.isEmpty() || bodies.get(0).getText().isBlank() ? null : bodies.get(0).getText();
	}

}
