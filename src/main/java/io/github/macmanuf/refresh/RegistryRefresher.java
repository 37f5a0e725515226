package io.github.macmanuf.refresh;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.locks.ReentrantLock;

import io.github.macmanuf.store.ImportAttempt;
import io.github.macmanuf.store.ImportRecord;
import io.github.macmanuf.store.RegistryStore;
import io.github.macmanuf.store.SourceStateStore;
import io.github.macmanuf.store.SourceValidators;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Checks the source and, when it has new good data, imports it and swaps the index. Downloads go to part files;
 * only a complete, valid pair with a new hash is imported (one transaction); anything else leaves the served data
 * and the database as they were. One refresh runs at a time.
 */
@Service
public class RegistryRefresher {

	private static final Logger log = LoggerFactory.getLogger(RegistryRefresher.class);

	private final SourceProperties source;

	private final RefreshProperties properties;

	private final SourceDownloader downloader;

	private final DownloadFolder folder;

	private final SourceStateStore states;

	private final RegistryStore store;

	private final ServedData served;

	private final RefreshStatus status;

	private final RefreshMetrics metrics;

	private final Clock clock;

	private final ReentrantLock lock = new ReentrantLock();

	/** Milliseconds the last import spent in the database transaction, for the log; guarded by the lock. */
	private long lastStoreMs;

	RegistryRefresher(SourceProperties source, RefreshProperties properties, SourceDownloader downloader,
			DownloadFolder folder, SourceStateStore states, RegistryStore store, ServedData served,
			RefreshStatus status, RefreshMetrics metrics, Clock clock) {
		this.source = source;
		this.properties = properties;
		this.downloader = downloader;
		this.folder = folder;
		this.states = states;
		this.store = store;
		this.served = served;
		this.status = status;
		this.metrics = metrics;
		this.clock = clock;
	}

	/**
	 * Checks the source now (waiting for a refresh already running) and reports the outcome.
	 *
	 * @param trigger why: {@code startup}, {@code scheduled} or {@code manual}
	 * @param force import even a file much smaller than the current one
	 */
	public ImportAttempt refresh(String trigger, boolean force) {
		this.lock.lock();
		try {
			this.lastStoreMs = -1;
			var run = new RefreshRun(trigger, this.source, this.clock.instant(), System.nanoTime());
			ImportAttempt attempt = attempt(run, force);
			this.status.checked(attempt);
			this.metrics.count(attempt);
			if (!attempt.imported()) {
				recordQuietly(attempt);
			}
			if (!attempt.failed()) {
				this.served.updateVersion();
			}
			RefreshLog.log(attempt, this.status.dataVersion(), this.lastStoreMs);
			return attempt;
		}
		finally {
			this.lock.unlock();
		}
	}

	private ImportAttempt attempt(RefreshRun run, boolean force) {
		Download manuf = null;
		Download wka = null;
		try {
			manuf = download(DownloadFolder.MANUF, SourceLocation.of(this.source.manufUrl()));
			wka = download(DownloadFolder.WKA, SourceLocation.of(this.source.wkaUrl()));
			ImportRecord current = this.store.currentImport().orElse(null);
			String currentSha = (current != null) ? current.getSha256() : null;
			if (manuf.fetch().notModified() && wka.fetch().notModified() && currentSha != null) {
				return run.unchanged(manuf, wka, current, null);
			}
			SnapshotFiles files = SnapshotFiles.read(manuf.file(), wka.file(), manuf.source().display());
			SnapshotCheck.complete(files.snapshot(), current, this.properties.minEntryRatio(), force);
			if (files.snapshot().sha256().equals(currentSha)) {
				keep(manuf, wka);
				return run.unchanged(manuf, wka, current, files);
			}
			log.debug("Storing {} entries from {} (sha256 {})", files.snapshot().entries().size(),
					manuf.source().display(), files.snapshot().sha256());
			long storeStart = System.nanoTime();
			Download manufDone = manuf;
			Download wkaDone = wka;
			ImportRecord imported = this.served.reimport(files.snapshot(),
					() -> run.imported(manufDone, wkaDone, files));
			this.lastStoreMs = (System.nanoTime() - storeStart) / 1_000_000;
			keep(manuf, wka);
			return imported.toAttempt();
		}
		catch (SourceException ex) {
			return run.failed(manuf, wka, ex.getMessage(), ex.httpStatus());
		}
		catch (RuntimeException ex) {
			return run.failed(manuf, wka, FailureReason.describe(ex, null), null);
		}
		finally {
			discardPart(manuf);
			discardPart(wka);
		}
	}

	private Download download(String name, SourceLocation location) {
		SourceValidators previous = null;
		if (Files.isRegularFile(this.folder.kept(name))) {
			previous = this.states.validators(name)
				.filter((v) -> v.url().equals(location.display()) && !v.isEmpty())
				.orElse(null);
		}
		Path part = this.folder.newPart(name);
		try {
			Fetch fetch = this.downloader.fetch(location, previous, part);
			if (fetch.notModified()) {
				DownloadFolder.deleteQuietly(part);
				return new Download(name, location, fetch, this.folder.kept(name), null);
			}
			return new Download(name, location, fetch, part, part);
		}
		catch (RuntimeException ex) {
			DownloadFolder.deleteQuietly(part);
			throw ex;
		}
	}

	/** Keeps the new files as the last good copies, with their validators; failures here only cost a re-download. */
	private void keep(Download... downloads) {
		for (Download download : downloads) {
			try {
				if (download.part() != null) {
					this.folder.keep(download.part(), download.name());
				}
				SourceValidators validators = download.fetch().validators();
				this.states.save(download.name(), (validators != null) ? validators
						: new SourceValidators(download.source().display(), null, null));
			}
			catch (Exception ex) {
				log.warn("Could not keep the downloaded {} file: {}", download.name(), ex.getMessage());
			}
		}
	}

	private void recordQuietly(ImportAttempt attempt) {
		try {
			this.store.record(attempt);
		}
		catch (RuntimeException ex) {
			log.warn("Could not add the refresh to the import history: {}", ex.getMessage());
		}
	}

	private static void discardPart(Download download) {
		if (download != null && download.part() != null) {
			DownloadFolder.deleteQuietly(download.part());
		}
	}

}
