package io.github.macmanuf.tls;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes files readable by their owner only (0600 where the file system has POSIX permissions), atomically:
 * a crash never leaves half a keystore behind.
 */
final class OwnerOnlyFiles {

	static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

	static final Set<PosixFilePermission> WORLD_READABLE = PosixFilePermissions.fromString("rw-r--r--");

	private OwnerOnlyFiles() {
	}

	static void write(Path target, byte[] content) throws IOException {
		write(target, content, OWNER_ONLY);
	}

	static void write(Path target, byte[] content, Set<PosixFilePermission> permissions) throws IOException {
		Path dir = target.toAbsolutePath().getParent();
		Files.createDirectories(dir);
		Path temp = posix() ? Files.createTempFile(dir, ".tmp-", ".part", asAttribute(permissions))
				: Files.createTempFile(dir, ".tmp-", ".part");
		try {
			Files.write(temp, content);
			Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

	/** Takes group and other permissions away from an existing file; true when it had any. */
	static boolean restrict(Path file) throws IOException {
		if (!posix() || Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
			return false;
		}
		Files.setPosixFilePermissions(file, OWNER_ONLY);
		return true;
	}

	private static boolean posix() {
		return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
	}

	private static FileAttribute<Set<PosixFilePermission>> asAttribute(Set<PosixFilePermission> permissions) {
		return PosixFilePermissions.asFileAttribute(permissions);
	}

}
