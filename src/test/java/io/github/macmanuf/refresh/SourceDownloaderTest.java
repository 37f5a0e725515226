package io.github.macmanuf.refresh;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.github.macmanuf.support.RegistryFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Local sources and network failures of the downloader (HTTP answers are covered by RefreshHttpTest). */
class SourceDownloaderTest {

	@TempDir
	Path dir;

	private final SourceDownloader downloader = new SourceDownloader(new SourceProperties("unused", "unused",
			Duration.ofSeconds(2), Duration.ofSeconds(2), DataSize.ofMegabytes(8)));

	@AfterEach
	void stop() {
		this.downloader.stop();
	}

	@Test
	void fetchWhenFileUrlOfGzipShouldWriteTheDecodedFile() throws IOException {
		Path gz = Files.write(this.dir.resolve("manuf.gz"), RegistryFiles.gzip(RegistryFiles.manuf()));
		Path target = this.dir.resolve("out");
		Fetch fetch = this.downloader.fetch(SourceLocation.of(gz.toUri().toString()), null, target);
		assertThat(fetch.httpStatus()).isNull();
		assertThat(fetch.bytes()).isEqualTo(RegistryFiles.manuf().length);
		assertThat(Files.readAllBytes(target)).isEqualTo(RegistryFiles.manuf());
	}

	@Test
	void fetchWhenPlainPathShouldCopyTheFile() throws IOException {
		Path wka = Files.write(this.dir.resolve("wka"), RegistryFiles.wka());
		Path target = this.dir.resolve("out");
		this.downloader.fetch(SourceLocation.of(wka.toString()), null, target);
		assertThat(Files.readAllBytes(target)).isEqualTo(RegistryFiles.wka());
	}

	@Test
	void fetchWhenFileMissingShouldSaySo() {
		assertThatExceptionOfType(SourceException.class)
			.isThrownBy(() -> this.downloader.fetch(SourceLocation.of(this.dir.resolve("none").toString()), null,
					this.dir.resolve("out")))
			.withMessageStartingWith("no such file");
	}

	@Test
	void fetchWhenConnectionRefusedShouldSaySo() throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		String url = "http://127.0.0.1:" + port + "/manuf";
		assertThatExceptionOfType(SourceException.class)
			.isThrownBy(() -> this.downloader.fetch(SourceLocation.of(url), null, this.dir.resolve("out")))
			.withMessageContaining("cannot connect to 127.0.0.1");
	}

	/** {@code .invalid} never resolves (RFC 6761), with or without a name server. */
	@Test
	void fetchWhenHostDoesNotResolveShouldSayDns() {
		String url = "http://no-such-host.invalid/manuf";
		assertThatExceptionOfType(SourceException.class)
			.isThrownBy(() -> this.downloader.fetch(SourceLocation.of(url), null, this.dir.resolve("out")))
			.withMessage("unknown host no-such-host.invalid (DNS)");
	}

}
