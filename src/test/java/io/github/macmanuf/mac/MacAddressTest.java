package io.github.macmanuf.mac;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MacAddressTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			00:50:CA:FE:CA:FE       | 00:50:CA:FE:CA:FE    | 48
			00-50-ca-fe-ca-fe       | 00:50:CA:FE:CA:FE    | 48
			00-50:Ca-Fe-Ca-Fe       | 00:50:CA:FE:CA:FE    | 48
			00.50.ca.fe.ca.fe       | 00:50:CA:FE:CA:FE    | 48
			0050.cafe.cafe          | 00:50:CA:FE:CA:FE    | 48
			0050.CAFE.CAFE          | 00:50:CA:FE:CA:FE    | 48
			0050cafecafe            | 00:50:CA:FE:CA:FE    | 48
			0050-cafe-cafe          | 00:50:CA:FE:CA:FE    | 48
			0050:cafe:cafe          | 00:50:CA:FE:CA:FE    | 48
			0050ca-fecafe           | 00:50:CA:FE:CA:FE    | 48
			'\u00A000:50:ca:fe:ca:fe\u00A0' | 00:50:CA:FE:CA:FE | 48
			0:50:ca:fe:ca:fe        | 00:50:CA:FE:CA:FE    | 48
			'  00:50:ca:fe:ca:fe  ' | 00:50:CA:FE:CA:FE    | 48
			0:1:2:3:4:5             | 00:01:02:03:04:05    | 48
			00:50:ca                | 00:50:CA             | 24
			00-50-CA-FE             | 00:50:CA:FE          | 32
			00:50:ca:fe:ca          | 00:50:CA:FE:CA       | 40
			0050ca                  | 00:50:CA             | 24
			0050caf                 | 00:50:CA:F0:00:00/28 | 28
			8C1F64AFA               | 8C:1F:64:AF:A0:00/36 | 36
			0050cafecaf             | 00:50:CA:FE:CA:F0/44 | 44
			""")
	void parseWhenNotationAcceptedShouldGiveBitsAndLength(String input, String normalised, int length) {
		MacAddress address = MacAddress.parse(input);
		assertThat(address.toString()).isEqualTo(normalised);
		assertThat(address.length()).isEqualTo(length);
		assertThat(MacAddress.parse(normalised.replaceAll("/\\d+$", ""))).isNotNull();
	}

	@ParameterizedTest(name = "[{0}]")
	@ValueSource(strings = { "", " ", "zz", "00:50:ca:fe:ca:fe:01", "00:50:ca:fe:ca:fe junk", "00:50:ca:fe:ca:fg",
			"00:50", "0050c", "0050cafecafe0", "00::50:ca:fe:ca", ":00:50:ca:fe:ca", "00:50:ca:fe:ca:", "000:50:ca",
			"0050.cafe.caf", "0050.cafe-cafe", "0050ca-fecafe-00", "0050c-afecafe", "00:50:ca\u0000", "00:50\n:ca", "００:５０:ca", "00 50 ca fe ca fe",
			"00:50:ca:fe:ca:fe/48", "0x0050cafecafe",
			"00:50:ca:fe:ca:fe00:50:ca:fe:ca:fe00:50:ca:fe:ca:fe00:50:ca:fe:ca:fe" })
	void parseWhenMalformedShouldThrow(String input) {
		assertThatExceptionOfType(MalformedMacException.class).isThrownBy(() -> MacAddress.parse(input));
	}

	@ParameterizedTest(name = "[{0}]")
	@ValueSource(strings = { "", " ", "zz", "00:50:ca:fe:ca:fe:01", "00:50", "0050cafecafe0", "00:50:ca\u0000",
			"00:50:ca/24", "00:50:ca:fe:ca:fe00:50:ca:fe:ca:fe00:50:ca:fe:ca:fe00:50:ca:fe:ca:fe" })
	void tryParseWhenMalformedShouldAnswerNullAndParseShouldSayWhy(String input) {
		assertThat(MacAddress.tryParse(input)).isNull();
		assertThatExceptionOfType(MalformedMacException.class).isThrownBy(() -> MacAddress.parse(input))
			.withMessageMatching("no address given|too long to be a MAC address|not a MAC address: .*")
			.withMessage(MacAddress.malformedReason(input));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "00:50:CA:FE:CA:FE", " 0050.cafe.cafe ", "0050cafecafe", "00:50:ca", "8C1F64AFA" })
	void tryParseWhenAcceptedShouldEqualParse(String input) {
		assertThat(MacAddress.tryParse(input)).isEqualTo(MacAddress.parse(input));
	}

	@Test
	void tryParseWhenNullShouldAnswerNull() {
		assertThat(MacAddress.tryParse(null)).isNull();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			00:50:CA:FE:CA:FE    | false | false | false
			02:00:00:00:00:01    | true  | false | false
			01:00:5E:00:00:FB    | false | true  | false
			33:33:00:00:00:01    | true  | true  | false
			FF:FF:FF:FF:FF:FF    | true  | true  | true
			""")
	void flagsShouldFollowTheFirstOctet(String input, boolean local, boolean multicast, boolean broadcast) {
		MacAddress address = MacAddress.parse(input);
		assertThat(address.isLocallyAdministered()).isEqualTo(local);
		assertThat(address.isMulticast()).isEqualTo(multicast);
		assertThat(address.isBroadcast()).isEqualTo(broadcast);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			00:1B:C5:00:10:00/36 | 00:1B:C5:00:10:00/36 | 36
			00:1B:C5:00:1F:FF/36 | 00:1B:C5:00:10:00/36 | 36
			01-00-5E/25          | 01:00:5E:00:00:00/25 | 25
			00-BF-00-00-00-00/16 | 00:BF:00:00:00:00/16 | 16
			00-00-0C-07-AC/40    | 00:00:0C:07:AC       | 40
			70:B3:D5             | 70:B3:D5             | 24
			70:B3:D5:12:30:00    | 70:B3:D5:12:30:00    | 48
			""")
	void parsePrefixWhenMaskGivenShouldClearBitsPastIt(String input, String normalised, int length) {
		MacAddress prefix = MacAddress.parsePrefix(input);
		assertThat(prefix.toString()).isEqualTo(normalised);
		assertThat(prefix.length()).isEqualTo(length);
		assertThat(MacAddress.parsePrefix(normalised)).isEqualTo(prefix);
	}

	@ParameterizedTest(name = "[{0}]")
	@ValueSource(strings = { "00:50:ca/0", "00:50:ca/49", "00:50:ca/", "00:50:ca/x", "00:50:ca/24/24", "/24",
			"00:50:ca/\u0662\u0664" })
	void parsePrefixWhenMaskInvalidShouldThrow(String input) {
		assertThatExceptionOfType(MalformedMacException.class).isThrownBy(() -> MacAddress.parsePrefix(input));
	}

	@ParameterizedTest(name = "{0} in {1}: {2}")
	@CsvSource(delimiter = '|', textBlock = """
			00:1B:C5:00:12:34 | 00:1B:C5:00:10:00/36 | true
			00:1B:C5:01:8A:BC | 00:1B:C5:00:10:00/36 | false
			00:1B:C5:00:12:34 | 00:1B:C5             | true
			00:1B:C5          | 00:1B:C5:00:10:00/36 | false
			""")
	void containsShouldCompareTheMaskedBits(String address, String prefix, boolean expected) {
		assertThat(MacAddress.parsePrefix(prefix).contains(MacAddress.parse(address))).isEqualTo(expected);
	}

}
