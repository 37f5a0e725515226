package io.github.macmanuf.web;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.macmanuf.store.ImportAttempt;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The outcome of a refresh, as {@code POST /chilcano/api/admin/refresh} reports it.
 *
 * @param outcome {@code imported}, {@code unchanged} or {@code failed}
 * @param manufEntries entries in the fetched {@code manuf} file (the served count when the source said 304)
 * @param wkaEntries entries in the fetched {@code wka} file
 * @param sha256 hex SHA-256 over both files, {@code null} when they were not read
 * @param error why it failed, or {@code null}
 * @param httpStatus the source's HTTP status, {@code null} for files and network errors
 * @param bytes bytes downloaded (uncompressed)
 * @param headerDate the date in the {@code manuf} header, or {@code null}
 * @param source the {@code manuf} source
 * @param at when the refresh finished
 * @param durationMs how long it took
 */
@Schema(requiredProperties = { "outcome", "manuf_entries", "wka_entries", "sha256", "error", "http_status", "bytes",
		"header_date", "source", "at", "duration_ms" })
record RefreshResponse(String outcome, @JsonProperty("manuf_entries") int manufEntries,
		@JsonProperty("wka_entries") int wkaEntries, @Schema(types = { "string", "null" }) String sha256,
		@Schema(types = { "string", "null" }) String error,
		@JsonProperty("http_status") @Schema(types = { "integer", "null" }, format = "int32") Integer httpStatus,
		long bytes,
		@JsonProperty("header_date") @Schema(types = { "string", "null" }, format = "date-time") Instant headerDate,
		String source, Instant at, @JsonProperty("duration_ms") long durationMs) {

	static RefreshResponse of(ImportAttempt attempt) {
		return new RefreshResponse(attempt.outcome(), attempt.manufEntries(), attempt.wkaEntries(), attempt.sha256(),
				attempt.error(), attempt.httpStatus(), attempt.bytes(), attempt.headerDate(), attempt.source(),
				attempt.at(), attempt.durationMs());
	}

}
