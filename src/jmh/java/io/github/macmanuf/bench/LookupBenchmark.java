package io.github.macmanuf.bench;

import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import io.github.macmanuf.mac.MacAddress;
import io.github.macmanuf.refresh.BundledSnapshot;
import io.github.macmanuf.registry.ManufEntry;
import io.github.macmanuf.registry.PrefixIndex;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of one longest-prefix match on the real bundled registry, rotating over 4,096 addresses inside
 * registered blocks of every mask length plus unregistered ones; and of parse plus match together.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class LookupBenchmark {

	private static final int MASK = 4095;

	private PrefixIndex index;

	private MacAddress[] addresses;

	private String[] texts;

	private int next;

	@Setup
	public void load() {
		List<ManufEntry> entries = BundledSnapshot.read().entries();
		this.index = PrefixIndex.of(entries);
		Random random = new Random(7);
		this.addresses = new MacAddress[MASK + 1];
		this.texts = new String[MASK + 1];
		for (int i = 0; i <= MASK; i++) {
			long bits = (i % 8 == 0) ? random.nextLong()
					: entries.get(random.nextInt(entries.size())).prefix().bits() | (random.nextLong() & 0xFFF);
			this.addresses[i] = new MacAddress(bits, 48);
			this.texts[i] = this.addresses[i].toString();
		}
	}

	@Benchmark
	public ManufEntry find() {
		return this.index.find(this.addresses[this.next++ & MASK]);
	}

	@Benchmark
	public ManufEntry parseAndFind() {
		return this.index.find(MacAddress.parse(this.texts[this.next++ & MASK]));
	}

}
