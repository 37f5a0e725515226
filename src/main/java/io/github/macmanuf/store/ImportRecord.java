package io.github.macmanuf.store;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One row of import history: when, from where, what it held, and how it went (see {@link ImportAttempt}). */
@Entity
@Table(name = "import_record")
public class ImportRecord {

	public static final String OUTCOME_IMPORTED = ImportAttempt.IMPORTED;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "imported_at", nullable = false)
	private Instant importedAt;

	@Column(name = "source", nullable = false, length = 2048)
	private String source;

	@Column(name = "sha256", length = 64)
	private String sha256;

	@Column(name = "manuf_entries")
	private int manufEntries;

	@Column(name = "wka_entries")
	private int wkaEntries;

	@Column(name = "rejected_lines")
	private int rejectedLines;

	@Column(name = "outcome", nullable = false, length = 32)
	private String outcome;

	@Column(name = "triggered_by", length = 16)
	private String trigger;

	@Column(name = "wka_source", length = 2048)
	private String wkaSource;

	@Column(name = "http_status")
	private Integer httpStatus;

	@Column(name = "bytes")
	private Long bytes;

	@Column(name = "header_date")
	private Instant headerDate;

	@Column(name = "error", length = 1024)
	private String error;

	@Column(name = "duration_ms")
	private Long durationMs;

	protected ImportRecord() {
	}

	public ImportRecord(Instant importedAt, String source, String sha256, int manufEntries, int wkaEntries,
			int rejectedLines, String outcome) {
		this.importedAt = importedAt;
		this.source = source;
		this.sha256 = sha256;
		this.manufEntries = manufEntries;
		this.wkaEntries = wkaEntries;
		this.rejectedLines = rejectedLines;
		this.outcome = outcome;
	}

	ImportRecord(ImportAttempt attempt) {
		this(attempt.at(), attempt.source(), attempt.sha256(), attempt.manufEntries(), attempt.wkaEntries(),
				attempt.rejectedLines(), attempt.outcome());
		this.trigger = attempt.trigger();
		this.wkaSource = attempt.wkaSource();
		this.httpStatus = attempt.httpStatus();
		this.bytes = attempt.bytes();
		this.headerDate = attempt.headerDate();
		this.error = (attempt.error() != null && attempt.error().length() > 1024) ? attempt.error().substring(0, 1024)
				: attempt.error();
		this.durationMs = attempt.durationMs();
	}

	public ImportAttempt toAttempt() {
		return new ImportAttempt(this.importedAt, this.trigger, this.source, this.wkaSource, this.httpStatus,
				(this.bytes != null) ? this.bytes : 0, this.sha256, this.manufEntries, this.wkaEntries,
				this.rejectedLines, this.headerDate, this.outcome, this.error,
				(this.durationMs != null) ? this.durationMs : 0);
	}

	public Instant getImportedAt() {
		return this.importedAt;
	}

	public String getSource() {
		return this.source;
	}

	public String getSha256() {
		return this.sha256;
	}

	public int getManufEntries() {
		return this.manufEntries;
	}

	public int getWkaEntries() {
		return this.wkaEntries;
	}

	public int getRejectedLines() {
		return this.rejectedLines;
	}

	public String getOutcome() {
		return this.outcome;
	}

}
