package io.github.macmanuf.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's Chromium driven headless through its own chromedriver (Selenium never downloads a browser or driver).
 * Without Chromium a browser test is skipped on a developer machine and fails in CI ({@code CI=true}).
 */
public final class HeadlessChromium implements AutoCloseable {

	static final Path DRIVER = Path.of("/usr/bin/chromedriver");

	static final Path[] BROWSERS = { Path.of("/usr/lib/chromium/chromium"), Path.of("/usr/bin/chromium") };

	private final WebDriver driver;

	private final Path profile;

	private HeadlessChromium(WebDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
	}

	/** Starts the browser, or skips (fails in CI) the calling test when Chromium is not installed. */
	public static HeadlessChromium startOrSkip() {
		Path browser = Stream.of(BROWSERS).filter(Files::isExecutable).findFirst().orElse(null);
		if (browser == null || !Files.isExecutable(DRIVER)) {
			String missing = "Chromium or chromedriver is not installed (apt-get install -y chromium chromium-driver)";
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				fail(missing + ": CI must run the browser tests");
			}
			assumeTrue(false, missing);
		}
		try {
			Path profile = Files.createTempDirectory("mac-manuf-chromium");
			ChromeOptions options = new ChromeOptions().setBinary(browser.toFile())
				.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
						"--disable-quic", "--no-first-run", "--disable-background-networking",
						"--disable-component-update", "--disable-sync", "--window-size=1280,2000",
						"--user-data-dir=" + profile);
			ChromeDriverService service = new ChromeDriverService.Builder()
				.usingDriverExecutable(new File(DRIVER.toString()))
				.usingAnyFreePort()
				.build();
			return new HeadlessChromium(new ChromeDriver(service, options), profile);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The browser, for tests that click through a page themselves. */
	public WebDriver driver() {
		return this.driver;
	}

	/** Loads {@code url} and returns the text its script writes into {@code #result}, once there is some. */
	public String resultOf(String url) {
		this.driver.get(url);
		return new WebDriverWait(this.driver, Duration.ofSeconds(60)).until((page) -> {
			String text = page.findElement(By.id("result")).getText();
			return text.isEmpty() ? null : text;
		});
	}

	@Override
	public void close() {
		this.driver.quit();
		try (Stream<Path> files = Files.walk(this.profile)) {
			files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
		}
		catch (IOException ex) {
			// a leftover temporary profile is harmless
		}
	}

}
