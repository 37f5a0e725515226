package io.github.macmanuf.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * One complete version of the registry as read from a pair of {@code manuf} and {@code wka} files,
 * whatever their origin (bundled, downloaded, local); the unit that is imported and swapped in.
 *
 * @param manuf the parsed {@code manuf} file
 * @param wka the parsed {@code wka} file
 * @param origin where the files came from, for the import history
 * @param sha256 hex SHA-256 over the bytes of both files, {@code manuf} first
 */
public record RegistrySnapshot(ParsedRegistry manuf, ParsedRegistry wka, String origin, String sha256) {

	/** Parses both streams (uncompressed UTF-8) to their end and hashes what it read. */
	public static RegistrySnapshot read(InputStream manuf, InputStream wka, String origin) {
		MessageDigest digest = newDigest();
		try (var manufIn = new DigestInputStream(manuf, digest); var wkaIn = new DigestInputStream(wka, digest)) {
			ParsedRegistry manufEntries = ManufParser.parse(manufIn, ManufEntry.SOURCE_MANUF);
			ParsedRegistry wkaEntries = ManufParser.parse(wkaIn, ManufEntry.SOURCE_WKA);
			return new RegistrySnapshot(manufEntries, wkaEntries, origin, HexFormat.of().formatHex(digest.digest()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Each prefix once: {@code manuf} before {@code wka}, in file order, the last of duplicates kept. */
	public List<ManufEntry> entries() {
		List<ManufEntry> all = new ArrayList<>(this.manuf.entries());
		all.addAll(this.wka.entries());
		return PrefixIndex.lastWins(all);
	}

	public int rejectedLines() {
		return this.manuf.rejectedLines() + this.wka.rejectedLines();
	}

	private static MessageDigest newDigest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
