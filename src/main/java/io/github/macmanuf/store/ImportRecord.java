package io.github.macmanuf.store;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One row of import history: when, from where, what it held, and how it went. */
@Entity
@Table(name = "import_record")
public class ImportRecord {

	public static final String OUTCOME_IMPORTED = "imported";

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
