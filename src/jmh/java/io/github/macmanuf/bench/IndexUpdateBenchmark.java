package io.github.macmanuf.bench;

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
 * Cost of the index update behind one user write on the real bundled registry: a new /24 (the largest mask
 * table), an override of an imported /36, and a delete that puts the imported entry back.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class IndexUpdateBenchmark {

	private PrefixIndex index;

	private ManufEntry newBlock;

	private ManufEntry override;

	private ManufEntry imported;

	@Setup
	public void load() {
		this.index = PrefixIndex.of(BundledSnapshot.read().entries());
		this.newBlock = new ManufEntry(MacAddress.parsePrefix("0A:11:22"), "New", "New Ltd", null,
				ManufEntry.SOURCE_USER);
		MacAddress prefix = MacAddress.parsePrefix("70:B3:D5:12:30:00/36");
		this.imported = this.index.exact(prefix);
		this.override = new ManufEntry(prefix, "Acme", "Acme Sensors Ltd", null, ManufEntry.SOURCE_USER);
	}

	@Benchmark
	public PrefixIndex addA24() {
		return this.index.with(this.newBlock);
	}

	@Benchmark
	public PrefixIndex overrideA36() {
		return this.index.with(this.override);
	}

	@Benchmark
	public PrefixIndex deleteAnOverride() {
		return this.index.without(this.override.prefix(), this.imported);
	}

}
