package io.github.macmanuf.store;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What the source said about the kept copy of one downloaded file, for conditional requests next time. */
@Entity
@Table(name = "source_state")
class SourceState {

	@Id
	@Column(name = "name", length = 16)
	private String name;

	@Column(name = "url", nullable = false, length = 2048)
	private String url;

	@Column(name = "etag", length = 512)
	private String etag;

	@Column(name = "last_modified", length = 64)
	private String lastModified;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected SourceState() {
	}

	SourceState(String name, SourceValidators validators, Instant updatedAt) {
		this.name = name;
		this.url = validators.url();
		this.etag = validators.etag();
		this.lastModified = validators.lastModified();
		this.updatedAt = updatedAt;
	}

	SourceValidators toValidators() {
		return new SourceValidators(this.url, this.etag, this.lastModified);
	}

}
