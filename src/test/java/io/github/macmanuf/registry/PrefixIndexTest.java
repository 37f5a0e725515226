package io.github.macmanuf.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.github.macmanuf.mac.MacAddress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Longest-prefix matching over the real bundled registry. */
class PrefixIndexTest {

	private static List<ManufEntry> entries;

	private static PrefixIndex index;

	@BeforeAll
	static void loadRegistry() {
		entries = RegistryTestData.bundled().entries();
		index = PrefixIndex.of(entries);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			00-50:Ca-Fe-Ca-Fe | 00:50:CA             | DZS
			0050.cafe.cafe    | 00:50:CA             | DZS
			0:50:ca:fe:ca:fe  | 00:50:CA             | DZS
			00:1B:C5:00:12:34 | 00:1B:C5:00:10:00/36 | OpenRBco
			00:1B:C5:01:8A:BC | 00:1B:C5             | IEEERegi
			34:E1:D1:80:12:34 | 34:E1:D1:80:00:00/28 | Hubitat
			34:E1:D1:F0:12:34 | 34:E1:D1             | IEEERegi
			8C:1F:64:AF:AF:FF | 8C:1F:64:AF:A0:00/36 | DataElec
			FF:FF:FF:FF:FF:FF | FF:FF:FF:FF:FF:FF    | Broadcast
			01:00:5E:00:00:FB | 01:00:5E:00:00:00/25 | IPv4mcast
			00:BF:12:34:56:78 | 00:BF:00:00:00:00/16 | MS-NLB-VirtServer
			00:00:0C:07:AC:05 | 00:00:0C:07:AC       | All-HSRP-routers
			00:1B:C5          | 00:1B:C5             | IEEERegi
			001BC5001         | 00:1B:C5:00:10:00/36 | OpenRBco
			00:1B:C5:00       | 00:1B:C5             | IEEERegi
			""")
	void findShouldReturnTheLongestMatchingEntry(String query, String prefix, String shortName) {
		ManufEntry entry = index.find(MacAddress.parse(query));
		assertThat(entry).isNotNull();
		assertThat(entry.prefix()).hasToString(prefix);
		assertThat(entry.shortName()).isEqualTo(shortName);
	}

	@Test
	void findWhenNothingContainsTheAddressShouldReturnNull() {
		assertThat(index.find(MacAddress.parse("02:00:00:00:00:01"))).isNull();
		assertThat(index.find(MacAddress.parse("01:00:5E:80:00:FB"))).as("outside the /25").isNull();
	}

	@Test
	void findShouldAgreeWithALinearScanForEveryEntryAndRandomAddresses() {
		Random random = new Random(42);
		for (ManufEntry entry : entries) {
			long host = ~MacAddress.mask(entry.prefix().length()) & 0xFFFF_FFFF_FFFFL;
			for (long hostBits : new long[] { 0, host, random.nextLong() & host }) {
				MacAddress address = new MacAddress(entry.prefix().bits() | hostBits, 48);
				ManufEntry found = index.find(address);
				assertThat(found.prefix().contains(address)).as("%s found %s", address, found).isTrue();
				assertThat(found.prefix().length()).isGreaterThanOrEqualTo(entry.prefix().length());
			}
		}
		for (int i = 0; i < 300; i++) {
			ManufEntry entry = entries.get(random.nextInt(entries.size()));
			MacAddress address = new MacAddress(entry.prefix().bits() | (random.nextLong() & 0xFF_FFFFL), 48);
			assertThat(index.find(address)).as("%s", address).isEqualTo(linearScan(address));
			MacAddress anywhere = new MacAddress(random.nextLong(), 48);
			assertThat(index.find(anywhere)).as("%s", anywhere).isEqualTo(linearScan(anywhere));
		}
	}

	@Test
	void ofWhenSamePrefixGivenTwiceShouldKeepTheLast() {
		MacAddress prefix = MacAddress.parse("00:50:CA");
		PrefixIndex twice = PrefixIndex.of(List.of(new ManufEntry(prefix, "First", null, null, "manuf"),
				new ManufEntry(prefix, "Second", null, null, "manuf")));
		assertThat(twice.size()).isOne();
		assertThat(twice.find(MacAddress.parse("00:50:CA:00:00:01")).shortName()).isEqualTo("Second");
	}

	@Test
	void lastWinsShouldKeepFileOrderWithEachDuplicateAtItsLastPlace() {
		ManufEntry a = new ManufEntry(MacAddress.parse("00:00:0A"), "A", null, null, "manuf");
		ManufEntry b = new ManufEntry(MacAddress.parse("00:00:0B"), "B", null, null, "manuf");
		ManufEntry bAsWka = new ManufEntry(MacAddress.parse("00:00:0B"), "B2", null, null, "wka");
		ManufEntry b36 = new ManufEntry(MacAddress.parsePrefix("00:00:0B:00:00:00/36"), "B36", null, null, "manuf");
		ManufEntry c = new ManufEntry(MacAddress.parse("00:00:0C"), "C", null, null, "manuf");
		assertThat(PrefixIndex.lastWins(List.of(b, a, b36, c, bAsWka))).containsExactly(a, b36, c, bAsWka);
		assertThat(PrefixIndex.lastWins(List.of(a, b, c))).containsExactly(a, b, c);
	}

	@Test
	void findWhenPrefixQueryShorterThanAMaskShouldNotMatchThatMask() {
		PrefixIndex small = PrefixIndex.of(List.of(new ManufEntry(MacAddress.parsePrefix("70:B3:D5:12:30:00/36"),
				"Acme", null, null, "user")));
		assertThat(small.find(MacAddress.parse("70:B3:D5:12"))).isNull();
		assertThat(small.find(MacAddress.parse("70B3D5123"))).isNotNull();
	}

	@Test
	void entriesShouldBeSortedByPrefixThenMask() {
		assertThat(index.entries()).isSortedAccordingTo(PrefixIndex.BY_PREFIX);
		assertThat(index.entries().get(0).prefix()).hasToString("00:00:00");
	}

	@Test
	void withShouldOverrideTheSamePrefixAndWithoutShouldPutTheReplacementBack() {
		MacAddress prefix = MacAddress.parsePrefix("70:B3:D5:12:30:00/36");
		ManufEntry imported = index.exact(prefix);
		assertThat(imported.shortName()).isEqualTo("Amfitech");
		ManufEntry user = new ManufEntry(prefix, "Acme", "Acme Sensors Ltd", null, ManufEntry.SOURCE_USER);
		PrefixIndex overridden = index.with(user);
		assertThat(overridden.size()).isEqualTo(index.size());
		assertThat(overridden.find(MacAddress.parse("70:B3:D5:12:34:56"))).isEqualTo(user);
		assertThat(index.find(MacAddress.parse("70:B3:D5:12:34:56"))).as("the old index is unchanged")
			.isEqualTo(imported);
		assertThat(overridden.without(prefix, imported).find(MacAddress.parse("70:B3:D5:12:34:56")))
			.isEqualTo(imported);
		PrefixIndex removed = overridden.without(prefix, null);
		assertThat(removed.size()).isEqualTo(index.size() - 1);
		assertThat(removed.find(MacAddress.parse("70:B3:D5:12:34:56")).prefix()).hasToString("70:B3:D5");
	}

	@Test
	void withAndWithoutShouldGiveWhatBuildingFromScratchGives() {
		Random random = new Random(48);
		List<ManufEntry> given = new ArrayList<>(index.entries());
		List<MacAddress> touched = new ArrayList<>();
		PrefixIndex patched = index;
		for (int i = 0; i < 400; i++) {
			int choice = random.nextInt(4);
			MacAddress prefix = (choice == 0) ? randomPrefix(random)
					: given.get(random.nextInt(given.size())).prefix();
			touched.add(prefix);
			ManufEntry user = new ManufEntry(prefix, "U" + i, "User " + i, null, ManufEntry.SOURCE_USER);
			if (choice < 3) {
				patched = patched.with(user);
				given.add(user);
			}
			else {
				ManufEntry replacement = random.nextBoolean() ? user : null;
				patched = patched.without(prefix, replacement);
				given.removeIf((entry) -> entry.prefix().equals(prefix));
				if (replacement != null) {
					given.add(replacement);
				}
			}
		}
		PrefixIndex rebuilt = PrefixIndex.of(given);
		assertThat(patched.entries()).isEqualTo(rebuilt.entries());
		for (MacAddress prefix : touched) {
			for (int j = 0; j < 4; j++) {
				MacAddress address = new MacAddress(prefix.bits() | (random.nextLong() & ~MacAddress.mask(prefix.length())
						& MacAddress.mask(MacAddress.BITS)), MacAddress.BITS);
				assertThat(patched.find(address)).as("%s", address).isEqualTo(rebuilt.find(address));
			}
			assertThat(patched.exact(prefix)).isEqualTo(rebuilt.exact(prefix));
		}
	}

	private static MacAddress randomPrefix(Random random) {
		int[] lengths = { 16, 24, 25, 28, 32, 36, 40, 44, 45, 48 };
		int length = lengths[random.nextInt(lengths.length)];
		return new MacAddress(random.nextLong() & MacAddress.mask(length), length);
	}

	private static ManufEntry linearScan(MacAddress address) {
		ManufEntry best = null;
		for (ManufEntry candidate : entries) {
			if (candidate.prefix().contains(address)
					&& (best == null || candidate.prefix().length() > best.prefix().length())) {
				best = candidate;
			}
		}
		return best;
	}

}
