package io.github.macmanuf.web;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.macmanuf.store.ImportAttempt;

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
record RefreshResponse(String outcome, @JsonProperty("manuf_entries") int manufEntries,
		@JsonProperty("wka_entries") int wkaEntries, String sha256, String error,
		@JsonProperty("http_status") Integer httpStatus, long bytes, @JsonProperty("header_date") Instant headerDate,
		String source, Instant at, @JsonProperty("duration_ms") long durationMs) {

	static RefreshResponse of(ImportAttempt attempt) {
		return new RefreshResponse(attempt.outcome(), attempt.manufEntries(), attempt.wkaEntries(), attempt.sha256(),
				attempt.error(), attempt.httpStatus(), attempt.bytes(), attempt.headerDate(), attempt.source(),
				attempt.at(), attempt.durationMs());
	}

}
