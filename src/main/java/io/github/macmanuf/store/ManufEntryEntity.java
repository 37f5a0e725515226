package io.github.macmanuf.store;

import java.util.UUID;

import io.github.macmanuf.mac.MacAddress;
import io.github.macmanuf.registry.ManufEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import org.hibernate.annotations.UuidGenerator;

/** A registry entry as stored in SQLite: imported from a file or written by a user. */
@Entity
@Table(name = "manuf_entry", indexes = @Index(name = "manuf_entry_prefix", columnList = "prefix_bits, prefix_length"))
public class ManufEntryEntity {

	// Generated in the JVM, so inserts batch and need no second connection for an id table. Time-based, not
	// random: the SecureRandom call of a random UUID took a tenth of the CPU samples of a cold first import.
	@Id
	@GeneratedValue
	@UuidGenerator(style = UuidGenerator.Style.TIME)
	private UUID id;

	@Column(name = "prefix_bits", nullable = false)
	private long prefixBits;

	@Column(name = "prefix_length", nullable = false)
	private int prefixLength;

	@Column(name = "short_name", nullable = false, length = 256)
	private String shortName;

	@Column(name = "long_name", length = 1024)
	private String longName;

	@Column(name = "comment", length = 1024)
	private String comment;

	@Column(name = "source", nullable = false, length = 16)
	private String source;

	protected ManufEntryEntity() {
	}

	public ManufEntryEntity(ManufEntry entry) {
		this.prefixBits = entry.prefix().bits();
		this.prefixLength = entry.prefix().length();
		update(entry);
	}

	public final void update(ManufEntry entry) {
		this.shortName = entry.shortName();
		this.longName = entry.longName();
		this.comment = entry.comment();
		this.source = entry.source();
	}

	public boolean isUserEntry() {
		return ManufEntry.SOURCE_USER.equals(this.source);
	}

	public ManufEntry toEntry() {
		return new ManufEntry(new MacAddress(this.prefixBits, this.prefixLength), this.shortName, this.longName,
				this.comment, this.source);
	}

}
