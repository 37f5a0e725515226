package io.github.macmanuf.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;

import io.github.macmanuf.mac.MacAddress;
import io.github.macmanuf.registry.ManufEntry;
import io.github.macmanuf.registry.RegistryService;
import io.github.macmanuf.store.RegistryStore;
import io.github.macmanuf.support.HttpApi.Response;
import io.github.macmanuf.support.WritableApiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Many writers and readers at once over real HTTP: no write is lost, no request fails with a 5xx. */
class ConcurrentWritesHttpTest extends WritableApiTest {

	private static final int WRITERS = 4;

	private static final int PER_WRITER = 15;

	private final ExecutorService pool = Executors.newFixedThreadPool(8);

	@Autowired
	RegistryStore store;

	@Autowired
	RegistryService registry;

	@AfterEach
	void stop() throws InterruptedException {
		this.pool.shutdownNow();
		this.pool.awaitTermination(30, TimeUnit.SECONDS);
	}

	@Test
	void writesAndReadsAtOnceShouldLoseNothingAndNeverFail() throws Exception {
		ConcurrentLinkedQueue<Integer> writeStatuses = new ConcurrentLinkedQueue<>();
		ConcurrentLinkedQueue<Integer> readStatuses = new ConcurrentLinkedQueue<>();
		AtomicBoolean writing = new AtomicBoolean(true);
		List<Future<?>> writers = new ArrayList<>();
		for (int w = 0; w < WRITERS; w++) {
			int writer = w;
			writers.add(this.pool.submit(() -> {
				for (int i = 0; i < PER_WRITER; i++) {
					writeStatuses.add(write("POST", API, entry(prefix(writer, i), "Conc" + writer, "Concurrent Ltd"))
						.status());
				}
			}));
		}
		List<Future<?>> readers = new ArrayList<>();
		for (int r = 0; r < 2; r++) {
			readers.add(this.pool.submit(() -> {
				for (int n = 0; n < 5_000 && writing.get(); n++) {
					readStatuses.add(this.api.get(API + "/00:50:CA:FE:CA:FE").status());
					readStatuses.add(this.api.send("POST", API + "/lookup", "text/plain", "0D:00:00:00:00:01\n00:50:CA")
						.status());
				}
			}));
		}
		for (Future<?> writer : writers) {
			writer.get(5, TimeUnit.MINUTES);
		}
		writing.set(false);
		for (Future<?> reader : readers) {
			reader.get(1, TimeUnit.MINUTES);
		}
		assertThat(writeStatuses).hasSize(WRITERS * PER_WRITER).containsOnly(201);
		assertThat(readStatuses).isNotEmpty().containsOnly(200);
		for (int w = 0; w < WRITERS; w++) {
			for (int i = 0; i < PER_WRITER; i++) {
				assertThat(this.api.get(API + "/" + prefix(w, i) + ":00:00:01").json().get("manuf").asString())
					.isEqualTo("Conc" + w);
			}
		}
		assertThat(this.api.get(API + "?source=user&q=Concurrent%20Ltd").json().get("total").asInt())
			.isEqualTo(WRITERS * PER_WRITER);
	}

	@Test
	void createOfOnePrefixAtOnceShouldSucceedExactlyOnce() throws Exception {
		List<Integer> statuses = race((thread) -> write("POST", API, entry("0D:77:77", "Racer" + thread, "Race Ltd")));
		assertThat(statuses).filteredOn((s) -> s == 201).hasSize(1);
		assertThat(statuses).filteredOn((s) -> s == 409).hasSize(7);
	}

	@Test
	void replaceOfOneEntryAtOnceShouldLeaveStoreAndIndexAgreeing() throws Exception {
		assertThat(write("POST", API, entry("0D:88:88", "Start", "Start Ltd")).status()).isEqualTo(201);
		assertThat(race((thread) -> write("PUT", API + "/0D:88:88",
				"{\"manuf\":\"Put" + thread + "\",\"manuf_desc\":\"P\"}"))).containsOnly(200);
		MacAddress prefix = MacAddress.parse("0D:88:88");
		ManufEntry stored = this.store.findExact(prefix).stream().filter(ManufEntry::isUserEntry).findFirst()
			.orElseThrow();
		ManufEntry served = this.registry.currentIndex().exact(prefix);
		assertThat(served).isEqualTo(stored);
		assertThat(Set.of("Put0", "Put1", "Put2", "Put3", "Put4", "Put5", "Put6", "Put7")).contains(served.shortName());
	}

	/** Sends the request of each of 8 threads at the same moment; answers their statuses. */
	private List<Integer> race(IntFunction<Response> request) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> results = new ArrayList<>();
		for (int t = 0; t < 8; t++) {
			int thread = t;
			results.add(this.pool.submit(() -> {
				start.await();
				return request.apply(thread).status();
			}));
		}
		start.countDown();
		List<Integer> statuses = new ArrayList<>();
		for (Future<Integer> result : results) {
			statuses.add(result.get(2, TimeUnit.MINUTES));
		}
		return statuses;
	}

	private static String prefix(int writer, int i) {
		return String.format("0D:%02X:%02X", writer, i);
	}

}
