package io.github.macmanuf.config;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The data folder ({@code manuf.data-dir}): made on first start, its {@code manuf.db} checked before anything is
 * written there ({@link DatabaseFileCheck}), and locked through {@code manuf.lock} for as long as the service runs,
 * so that a second instance on the same folder stops at once instead of serving data that drifts apart from the
 * first's (each keeps its own index). The operating system drops the lock when the process ends, killed or not.
 */
@Component
public class DataFolder implements DisposableBean {

	static final String LOCK_FILE = "manuf.lock";

	static final String DATABASE = "manuf.db";

	private static final String WRITABLE = "Give the service a folder it can write: --manuf.data-dir=<folder> or "
			+ "MANUF_DATA_DIR=<folder>.";

	private final Path path;

	private final FileChannel lockFile;

	private final FileLock lock;

	DataFolder(ManufProperties properties) {
		this.path = properties.dataDir().toAbsolutePath().normalize();
		if (Files.exists(this.path) && !Files.isDirectory(this.path)) {
			throw new DataFolderException(this.path, "is a file, not a folder", WRITABLE);
		}
		try {
			Files.createDirectories(this.path);
			DatabaseFileCheck.check(this.path); // before the lock file, the keystore or anything else is written
			this.lockFile = FileChannel.open(this.path.resolve(LOCK_FILE), StandardOpenOption.CREATE,
					StandardOpenOption.WRITE);
		}
		catch (IOException ex) {
			throw new DataFolderException(this.path, "cannot be created or written (" + ex.getMessage() + ")", WRITABLE);
		}
		this.lock = tryLock(this.lockFile);
		if (this.lock == null) {
			close(this.lockFile);
			throw new DataFolderException(this.path, "is in use by another mac-manuf process (it holds " + LOCK_FILE
					+ "); each instance needs a data folder of its own", "Stop the other process, or give this one a "
							+ "folder of its own: --manuf.data-dir=<folder> or MANUF_DATA_DIR=<folder>.");
		}
	}

	/** The folder itself, absolute. */
	public Path path() {
		return this.path;
	}

	@Override
	public void destroy() throws IOException {
		this.lock.release();
		this.lockFile.close();
	}

	private FileLock tryLock(FileChannel channel) {
		try {
			return channel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			return null; // held by this same JVM: another service started in it on the same folder
		}
		catch (IOException ex) {
			close(channel);
			throw new DataFolderException(this.path, "cannot be locked (" + ex.getMessage() + ")", WRITABLE);
		}
	}

	private static void close(FileChannel channel) {
		try {
			channel.close();
		}
		catch (IOException ex) {
			// closing a lock file that was never locked: nothing to undo
		}
	}

}
