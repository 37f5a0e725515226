package io.github.macmanuf.refresh;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

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

}
