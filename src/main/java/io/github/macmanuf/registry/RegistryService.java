package io.github.macmanuf.registry;

import java.util.concurrent.atomic.AtomicReference;

import io.github.macmanuf.mac.MacAddress;
import io.github.macmanuf.mac.MalformedMacException;

import org.springframework.stereotype.Service;

/** Answers lookups from the current in-memory {@link PrefixIndex}, which it swaps whole when data changes. */
@Service
public class RegistryService {

	private final AtomicReference<PrefixIndex> index = new AtomicReference<>();

	private final LookupMetrics metrics;

	public RegistryService(LookupMetrics metrics) {
		this.metrics = metrics;
	}

	/** Parses {@code text} and returns its longest match; throws when malformed or not registered. */
	public Lookup lookup(String text) {
		long start = System.nanoTime();
		MacAddress address;
		try {
			address = MacAddress.parse(text);
		}
		catch (MalformedMacException ex) {
			this.metrics.malformed(start);
			throw ex;
		}
		ManufEntry entry = currentIndex().find(address);
		if (entry == null) {
			this.metrics.miss(start);
			throw new ManufNotFoundException(address);
		}
		this.metrics.hit(start);
		return new Lookup(address, entry);
	}

	public PrefixIndex currentIndex() {
		PrefixIndex current = this.index.get();
		if (current == null) {
			throw new RegistryNotReadyException();
		}
		return current;
	}

	public boolean isReady() {
		return this.index.get() != null;
	}

	/** Makes {@code next} the index every later lookup uses, in one step. */
	public void replaceIndex(PrefixIndex next) {
		this.index.set(next);
	}

}
