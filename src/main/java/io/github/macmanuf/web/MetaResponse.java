package io.github.macmanuf.web;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.macmanuf.refresh.DataVersion;
import io.github.macmanuf.registry.RegistryCounts;
import io.github.macmanuf.store.ImportRecord;

/**
 * What the service is serving: how many entries, by mask length and by source, and the import they come from.
 *
 * @param entries every served entry (a user entry replaces the imported entry it overrides)
 * @param byMaskLength served entries per mask length
 * @param bySource served entries per source: {@code manuf}, {@code wka}, {@code user}
 * @param currentImport the import the registry entries come from, or {@code null} before the first
 * @param dataVersion the data version (also in {@code /actuator/info}): hash, header date, last confirmation
 */
record MetaResponse(int entries, @JsonProperty("by_mask_length") Map<Integer, Integer> byMaskLength,
		@JsonProperty("by_source") Map<String, Integer> bySource,
		@JsonProperty("current_import") Import currentImport, @JsonProperty("data_version") DataVersion dataVersion) {

	static MetaResponse of(RegistryCounts counts, ImportRecord record, DataVersion version) {
		return new MetaResponse(counts.total(), counts.byMaskLength(), counts.bySource(),
				(record != null) ? Import.of(record) : null, version);
	}

	/**
	 * One import of the registry files.
	 *
	 * @param importedAt when it completed
	 * @param source where the files came from
	 * @param sha256 hex SHA-256 over both files, {@code manuf} first
	 * @param manufEntries lines read from {@code manuf}
	 * @param wkaEntries lines read from {@code wka}
	 * @param rejectedLines lines that could not be read and were skipped
	 */
	record Import(@JsonProperty("imported_at") Instant importedAt, String source, String sha256,
			@JsonProperty("manuf_entries") int manufEntries, @JsonProperty("wka_entries") int wkaEntries,
			@JsonProperty("rejected_lines") int rejectedLines) {

		static Import of(ImportRecord record) {
			return new Import(record.getImportedAt(), record.getSource(), record.getSha256(),
					record.getManufEntries(), record.getWkaEntries(), record.getRejectedLines());
		}

	}

}
