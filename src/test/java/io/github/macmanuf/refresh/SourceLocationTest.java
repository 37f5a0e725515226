package io.github.macmanuf.refresh;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading a configured source. */
class SourceLocationTest {

	@Test
	void ofWhenHttpUrlShouldKeepItAndHideCredentialsAndQueryInTheDisplay() {
		SourceLocation location = SourceLocation.of(" https://user:secret@mirror.example/data/manuf.gz?token=abc ");
		assertThat(location.isHttp()).isTrue();
		assertThat(location.uri().getQuery()).isEqualTo("token=abc");
		assertThat(location.display()).isEqualTo("https://mirror.example/data/manuf.gz");
	}

	@Test
	void ofWhenFileUrlOrPathShouldReadALocalFile() {
		assertThat(SourceLocation.of("file:/srv/registry/manuf").path()).isEqualTo(Path.of("/srv/registry/manuf"));
		assertThat(SourceLocation.of("/srv/registry/wka.gz").path()).isEqualTo(Path.of("/srv/registry/wka.gz"));
		SourceLocation relative = SourceLocation.of("registry/manuf");
		assertThat(relative.isHttp()).isFalse();
		assertThat(relative.path().isAbsolute()).isTrue();
		assertThat(relative.path().endsWith(Path.of("registry", "manuf"))).isTrue();
		assertThat(relative.display()).startsWith("file:");
	}

	@Test
	void ofWhenNotAUrlOrPathShouldSayWhatItReads() {
		assertThatThrownBy(() -> SourceLocation.of("ftp://127.0.0.1/manuf"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("'ftp' is not a source this service reads: give an http(s) URL, a file: URL or a path");
		assertThatThrownBy(() -> SourceLocation.of("http://[::1/manuf")).hasMessageStartingWith("not a URL or path: ")
			.hasMessageNotContaining("Exception");
		assertThatThrownBy(() -> SourceLocation.of("file:/tmp/no such")).hasMessageStartingWith("not a URL or path: ");
		assertThatThrownBy(() -> SourceLocation.of("https:///manuf")).hasMessageContaining("no host");
		assertThatThrownBy(() -> SourceLocation.of("http:/x")).as("a typo of http://x").hasMessageContaining("no host");
		assertThatThrownBy(() -> SourceLocation.of("mailto:a@b")).hasMessageStartingWith("'mailto' is not a source");
		assertThatThrownBy(() -> SourceLocation.of("classpath:registry/manuf.gz"))
			.hasMessageStartingWith("'classpath' is not a source");
		assertThatThrownBy(() -> SourceLocation.of(" ")).hasMessageStartingWith("is empty");
	}

	@Test
	void propertiesWithAnUnreadableSourceShouldNotBind() {
		assertThatThrownBy(() -> new SourceProperties("sftp://mirror/manuf", "https://mirror.example/wka",
				Duration.ofSeconds(1), Duration.ofSeconds(1), DataSize.ofMegabytes(1)))
			.hasMessageStartingWith("manuf.source.manuf-url: 'sftp' is not a source");
	}

}
