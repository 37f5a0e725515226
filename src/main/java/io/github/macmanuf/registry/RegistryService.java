package io.github.macmanuf.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import io.github.macmanuf.mac.MacAddress;
import io.github.macmanuf.mac.MalformedMacException;

import org.springframework.stereotype.Service;

/**
 * Answers lookups, bulk lookups and searches from the current in-memory {@link PrefixIndex}, which it swaps
 * whole when data changes. Never touches the database.
 */
@Service
public class RegistryService {

	private final AtomicReference<PrefixIndex> index = new AtomicReference<>();

	private final LookupMetrics metrics;

	public RegistryService(LookupMetrics metrics) {
		this.metrics = metrics;
	}

	/**
	 * Parses {@code text} and finds its longest match. Malformed text and unregistered addresses are outcomes, not
	 * exceptions: on the lookup hot path an exception would cost more than the lookup.
	 */
	public LookupOutcome lookup(String text) {
		long start = System.nanoTime();
		MacAddress address = MacAddress.tryParse(text);
		if (address == null) {
			this.metrics.malformed(start);
			return new LookupOutcome(text, null, null);
		}
		return lookup(text, address, start);
	}

	/**
	 * Like {@link #lookup(String)} for a prefix with a {@code /N} mask; a malformed one throws
	 * {@link MalformedMacException} with the reason (this form is rare, and its reasons name the mask).
	 */
	public LookupOutcome lookupPrefix(String text) {
		long start = System.nanoTime();
		MacAddress prefix;
		try {
			prefix = MacAddress.parsePrefix(text);
		}
		catch (MalformedMacException ex) {
			this.metrics.malformed(start);
			throw ex;
		}
		return lookup(text, prefix, start);
	}

	private LookupOutcome lookup(String text, MacAddress address, long start) {
		ManufEntry entry = currentIndex().find(address);
		if (entry == null) {
			this.metrics.miss(start);
		}
		else {
			this.metrics.hit(start);
		}
		return new LookupOutcome(text, address, entry);
	}

	/**
	 * Looks up every text against one index, in order; a text with a {@code /N} mask is read as a prefix, as
	 * {@link #lookupPrefix(String)} reads it.
	 */
	public List<LookupOutcome> lookupAll(List<String> texts) {
		PrefixIndex current = currentIndex();
		this.metrics.bulkSize(texts.size());
		List<LookupOutcome> outcomes = new ArrayList<>(texts.size());
		for (String text : texts) {
			MacAddress address = (text != null && text.indexOf('/') >= 0) ? tryParsePrefix(text)
					: MacAddress.tryParse(text);
			outcomes.add(new LookupOutcome(text, address, (address != null) ? current.find(address) : null));
		}
		return outcomes;
	}

	/** A prefix with a {@code /N} mask, as the {@code mac} of an answer has it; null when malformed. */
	private static MacAddress tryParsePrefix(String text) {
		try {
			return MacAddress.parsePrefix(text);
		}
		catch (MalformedMacException ex) {
			return null;
		}
	}

	/**
	 * One page of the entries whose short or long name contains {@code text} (ignoring case; blank matches all),
	 * optionally only those of one source, sorted by prefix.
	 */
	public SearchPage search(String text, String source, int page, int size) {
		String needle = (text != null) ? text.strip().toLowerCase(Locale.ROOT) : "";
		long first = (long) page * size;
		List<ManufEntry> found = new ArrayList<>(size);
		int total = 0;
		for (ManufEntry entry : currentIndex().entries()) {
			if ((source == null || source.equals(entry.source())) && (contains(entry.shortName(), needle)
					|| (entry.longName() != null && contains(entry.longName(), needle)))) {
				if (total >= first && found.size() < size) {
					found.add(entry);
				}
				total++;
			}
		}
		return new SearchPage(found, page, size, total);
	}

	public RegistryCounts counts() {
		return RegistryCounts.of(currentIndex());
	}

	private static boolean contains(String name, String needle) {
		return needle.isEmpty() || name.toLowerCase(Locale.ROOT).contains(needle);
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
