package io.github.macmanuf.registry;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import io.github.macmanuf.mac.MacAddress;
import io.github.macmanuf.mac.MalformedMacException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ManufParserTest {

	@Test
	void parseLineWhenThreeColumnsWithCommentShouldKeepEachApart() {
		ManufEntry entry = ManufParser.parseLine("00:00:18\tWebsterC\tWebster Computer Corporation\t# Appletalk/Ethernet Gateway", "manuf");
		assertThat(entry).isEqualTo(new ManufEntry(MacAddress.parse("00:00:18"), "WebsterC",
				"Webster Computer Corporation", "Appletalk/Ethernet Gateway", "manuf"));
	}

	@Test
	void parseLineWhenOldFormatShouldKeepTheHashTextAsCommentNotName() {
		ManufEntry entry = ManufParser.parseLine("00:00:18\tWebsterC\t# Webster Computer Corporation", "manuf");
		assertThat(entry.shortName()).isEqualTo("WebsterC");
		assertThat(entry.longName()).isNull();
		assertThat(entry.description()).isEqualTo("WebsterC");
		assertThat(entry.comment()).isEqualTo("Webster Computer Corporation");
	}

	@Test
	void parseLineWhenRunsOfBlanksShouldSplitLikeWireshark() {
		ManufEntry entry = ManufParser.parseLine("00:00:D1   Adaptec\t\tAdaptec, Inc.\t# \"Nodem\" product", "manuf");
		assertThat(entry.shortName()).isEqualTo("Adaptec");
		assertThat(entry.longName()).isEqualTo("Adaptec, Inc.");
		assertThat(entry.comment()).isEqualTo("\"Nodem\" product");
	}

	@Test
	void parseLineWhenMaskGivenShouldUseIt() {
		ManufEntry entry = ManufParser.parseLine("01-00-5E/25\t\tIPv4mcast", "wka");
		assertThat(entry.prefix()).isEqualTo(new MacAddress(0x01005E000000L, 25));
		assertThat(entry.longName()).isNull();
		assertThat(ManufParser.parseLine("00.50.CA.FE.CA.FE\tX", "wka").prefix().length()).isEqualTo(48);
	}

	@ParameterizedTest(name = "[{0}]")
	@ValueSource(strings = { "", "   ", "# just a comment", "\t\t# only a comment" })
	void parseLineWhenBlankOrCommentShouldGiveNothing(String line) {
		assertThat(ManufParser.parseLine(line, "manuf")).isNull();
	}

	@ParameterizedTest(name = "[{0}]")
	@ValueSource(strings = { "00:50:CA", "00:50:ZZ\tName", "00:50:CA/49\tName", "00:50:CA:FE:CA:FE:00\tName",
			"<html>\t<body>" })
	void parseLineWhenMalformedShouldThrow(String line) {
		assertThatExceptionOfType(MalformedMacException.class).isThrownBy(() -> ManufParser.parseLine(line, "manuf"));
	}

	@Test
	void parseWhenBomAndCrlfShouldNotChangeAnyValue() {
		String text = "\uFEFF00:03:5F\tPrüftech\tPrüftechnik Condition Monitoring GmbH & Co. KG\r\n"
				+ "bad line\r\n" + "00:50:CA\tDZS\tDZS Inc.\r\n";
		ParsedRegistry parsed = ManufParser.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
				"manuf");
		assertThat(parsed.entries()).extracting(ManufEntry::shortName).containsExactly("Prüftech", "DZS");
		assertThat(parsed.entries().get(0).prefix()).isEqualTo(MacAddress.parse("00:03:5F"));
		assertThat(parsed.entries().get(0).longName()).isEqualTo("Prüftechnik Condition Monitoring GmbH & Co. KG");
		assertThat(parsed.entries().get(1).longName()).isEqualTo("DZS Inc.");
		assertThat(parsed.rejectedLines()).isEqualTo(1);
	}

}
