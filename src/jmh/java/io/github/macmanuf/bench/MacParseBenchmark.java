package io.github.macmanuf.bench;

import java.util.concurrent.TimeUnit;

import io.github.macmanuf.mac.MacAddress;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Cost of parsing one MAC address in each notation. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class MacParseBenchmark {

	@Param({ "00:50:CA:FE:CA:FE", "00-50:ca-fe-ca-fe", "0050.cafe.cafe", "0050cafecafe", "0:50:ca:fe:ca:fe" })
	public String notation;

	@Benchmark
	public MacAddress parse() {
		return MacAddress.parse(this.notation);
	}

}
