package io.github.macmanuf.refresh;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import io.github.macmanuf.support.RegistryFiles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The header date of a manuf file. */
class HeaderDateTest {

	@Test
	void readWhenHeaderListsSourceDatesShouldTakeTheNewest() throws IOException {
		assertThat(read(RegistryFiles.manuf())).isEqualTo(Instant.parse("2024-08-25T08:01:19Z"));
	}

	@Test
	void readWhenHeaderHasNoDateShouldBeNull() throws IOException {
		assertThat(read(RegistryFiles.wka())).isNull();
	}

	@Test
	void readShouldIgnoreDatesAfterTheFirstEntryAndUnreadableDates() throws IOException {
		String text = """
				# Last-Modified: yesterday
				#   Last-Modified: Mon, 02 Jan 2023 10:00:00 GMT
				00:00:01\tXerox\tXerox Corporation
				# Last-Modified: Fri, 01 Jan 2100 00:00:00 GMT
				""";
		assertThat(read(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(Instant.parse("2023-01-02T10:00:00Z"));
	}

	private static Instant read(byte[] file) throws IOException {
		return HeaderDate.read(new ByteArrayInputStream(file));
	}

}
