package io.github.macmanuf.refresh;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.macmanuf.store.ImportAttempt;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Which data the service serves: the current import, and when the source last confirmed it.
 *
 * @param importedAt when the served entries were imported
 * @param source where the {@code manuf} file came from
 * @param wkaSource where the {@code wka} file came from
 * @param sha256 hex SHA-256 over both files
 * @param headerDate the newest date in the {@code manuf} file's header, or {@code null} when it has none
 * @param manufEntries entries imported from {@code manuf}
 * @param wkaEntries entries imported from {@code wka}
 * @param verifiedAt the last time a check of the source found this same data (imported or unchanged), or
 * {@code null} when it never did (bundled snapshot, kept copy after the database was lost)
 */
public record DataVersion(@JsonProperty("imported_at") Instant importedAt, String source,
		@JsonProperty("wka_source") String wkaSource, String sha256,
		@JsonProperty("header_date") @Schema(types = { "string", "null" }, format = "date-time") Instant headerDate,
		@JsonProperty("manuf_entries") int manufEntries, @JsonProperty("wka_entries") int wkaEntries,
		@JsonProperty("verified_at") @Schema(types = { "string", "null" }, format = "date-time") Instant verifiedAt) {

	static DataVersion of(ImportAttempt current, Optional<ImportAttempt> lastVerified) {
		Instant verified = lastVerified.filter((check) -> current.sha256() != null
				&& current.sha256().equals(check.sha256())).map(ImportAttempt::at).orElse(null);
		return new DataVersion(current.at(), current.source(), current.wkaSource(), current.sha256(),
				current.headerDate(), current.manufEntries(), current.wkaEntries(), verified);
	}

	/**
	 * The moment the data is known to have been current: the last confirmation by the source, else the file's own
	 * header date, else the import time.
	 */
	@JsonProperty("current_as_of")
	public Instant currentAsOf() {
		if (this.verifiedAt != null) {
			return this.verifiedAt;
		}
		return (this.headerDate != null) ? this.headerDate : this.importedAt;
	}

	@JsonIgnore
	public Duration age(Instant now) {
		Duration age = Duration.between(currentAsOf(), now);
		return age.isNegative() ? Duration.ZERO : age;
	}

}
