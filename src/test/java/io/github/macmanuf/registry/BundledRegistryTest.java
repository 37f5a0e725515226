package io.github.macmanuf.registry;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The real bundled files: every line reads, with the counts the files hold. */
class BundledRegistryTest {

	@Test
	void bundledFilesShouldParseWithoutRejects() {
		RegistrySnapshot snapshot = RegistryTestData.bundled();
		assertThat(snapshot.rejectedLines()).isZero();
		// counted with: grep -vE '^\s*#' FILE | grep -c .
		assertThat(snapshot.manuf().entries()).hasSize(52417);
		assertThat(snapshot.wka().entries()).hasSize(216);
		assertThat(snapshot.sha256()).hasSize(64);
	}

	@Test
	void bundledFilesShouldHoldEveryMaskLengthTheIssueNames() {
		List<Integer> lengths = RegistryTestData.bundled().entries().stream().map((e) -> e.prefix().length())
			.distinct().toList();
		assertThat(lengths).contains(16, 24, 25, 28, 36, 40, 44, 45, 48);
	}

	@Test
	void namesShouldComeBackByteExact() {
		ManufEntry entry = PrefixIndex.of(RegistryTestData.bundled().entries())
			.find(io.github.macmanuf.mac.MacAddress.parse("00:03:5F:00:00:01"));
		assertThat(entry.longName()).isEqualTo("Prüftechnik Condition Monitoring GmbH & Co. KG");
	}

}
