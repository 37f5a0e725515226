package io.github.macmanuf.registry;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Arrays;
import java.util.List;

import io.github.macmanuf.mac.MacAddress;
import io.github.macmanuf.mac.MalformedMacException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Bulk lookup, search and counts over the real bundled registry. */
class RegistryServiceTest {

	private static final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private static final RegistryService registry = new RegistryService(new LookupMetrics(meters));

	@BeforeAll
	static void loadRegistry() {
		registry.replaceIndex(PrefixIndex.of(RegistryTestData.bundled().entries()));
	}

	@Test
	void lookupAllShouldKeepOrderAndTellMalformedFromUnregistered() {
		List<LookupOutcome> outcomes = registry.lookupAll(Arrays.asList("00:1B:C5:00:12:34", "nope", null,
				"02:00:00:00:00:01", " 0050.cafe.cafe "));
		assertThat(outcomes).extracting(LookupOutcome::isMalformed).containsExactly(false, true, true, false, false);
		assertThat(outcomes).extracting(LookupOutcome::isRegistered).containsExactly(true, false, false, false, true);
		assertThat(outcomes.get(0).entry().shortName()).isEqualTo("OpenRBco");
		assertThat(outcomes.get(1).input()).isEqualTo("nope");
		assertThat(outcomes.get(3).address()).isEqualTo(MacAddress.parse("02:00:00:00:00:01"));
		assertThat(outcomes.get(4).entry().shortName()).isEqualTo("DZS");
	}

	@Test
	void lookupShouldAnswerEveryOutcomeAsAValueAndCountIt() {
		double hits = lookups("hit");
		double misses = lookups("miss");
		double malformed = lookups("malformed");
		LookupOutcome hit = registry.lookup("34:e1:d1:80:12:34");
		LookupOutcome miss = registry.lookup("02:00:00:00:00:01");
		LookupOutcome bad = registry.lookup("00:5g:ca");
		assertThat(hit.entry().shortName()).isEqualTo("Hubitat");
		assertThat(hit.address()).hasToString("34:E1:D1:80:12:34");
		assertThat(miss.isRegistered()).isFalse();
		assertThat(miss.isMalformed()).isFalse();
		assertThat(bad.isMalformed()).isTrue();
		assertThat(bad.input()).isEqualTo("00:5g:ca");
		assertThat(registry.lookupPrefix("00:1B:C5:00:10:00/36").entry().prefix()).hasToString("00:1B:C5:00:10:00/36");
		assertThat(registry.lookupPrefix("02:00:00/24").isRegistered()).isFalse();
		assertThatExceptionOfType(MalformedMacException.class).isThrownBy(() -> registry.lookupPrefix("00:50:ca/49"));
		assertThatExceptionOfType(MalformedMacException.class).isThrownBy(() -> registry.lookupPrefix("zz/24"));
		assertThat(lookups("hit") - hits).isEqualTo(2);
		assertThat(lookups("miss") - misses).isEqualTo(2);
		assertThat(lookups("malformed") - malformed).isEqualTo(3);
	}

	private static double lookups(String outcome) {
		return meters.get("manuf.lookups").tag("outcome", outcome).counter().count();
	}

	@Test
	void lookupAllWhenNotReadyShouldThrow() {
		assertThatExceptionOfType(RegistryNotReadyException.class)
			.isThrownBy(() -> new RegistryService(new LookupMetrics(new SimpleMeterRegistry())).lookupAll(List.of("00:50:CA")));
	}

	@Test
	void searchShouldMatchSubstringsOfEitherNameIgnoringCase() {
		SearchPage byShort = registry.search("OPENRB", null, 0, 10);
		assertThat(byShort.entries()).extracting(ManufEntry::shortName).containsOnly("OpenRBco");
		SearchPage byLong = registry.search("prüftechnik condition", null, 0, 10);
		assertThat(byLong.total()).isOne();
		assertThat(byLong.entries().get(0).prefix()).hasToString("00:03:5F");
		assertThat(registry.search("  ", "wka", 0, 1000).total()).isEqualTo(215);
		assertThat(registry.search(null, "user", 0, 10).total()).isZero();
	}

	@Test
	void searchShouldPageThroughEveryMatchOnceInPrefixOrder() {
		SearchPage all = registry.search("cisco", null, 0, 5000);
		SearchPage first = registry.search("cisco", null, 0, 7);
		SearchPage third = registry.search("cisco", null, 2, 7);
		assertThat(first.total()).isEqualTo(all.total()).isEqualTo(all.entries().size());
		assertThat(first.entries()).isEqualTo(all.entries().subList(0, 7));
		assertThat(third.entries()).isEqualTo(all.entries().subList(14, 21));
		assertThat(all.entries()).isSortedAccordingTo(PrefixIndex.BY_PREFIX);
	}

	@Test
	void countsShouldAddUpBySourceAndMaskLength() {
		RegistryCounts counts = registry.counts();
		assertThat(counts.total()).isEqualTo(52632);
		assertThat(counts.bySource()).containsEntry("manuf", 52417).containsEntry("wka", 215).containsEntry("user", 0);
		assertThat(counts.byMaskLength().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(52632);
		assertThat(counts.byMaskLength()).containsKeys(16, 24, 25, 28, 36, 40, 44, 45, 48);
	}

}
