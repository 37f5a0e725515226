package io.github.macmanuf.refresh;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;

import io.github.macmanuf.ManufApplication;
import io.github.macmanuf.registry.RegistryService;
import io.github.macmanuf.store.ImportAttempt;
import io.github.macmanuf.store.RegistryStore;
import io.github.macmanuf.support.RegistryFiles;
import io.github.macmanuf.support.UpstreamServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** What the service serves right after startup: never waiting on the source, preferring the kept download. */
class RefreshStartupTest {

	@TempDir
	Path dataDir;

	@Test
	void startWhenSourceHangsShouldServeAtOnceAndRefreshInTheBackground() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		try (UpstreamServer upstream = UpstreamServer.start()) {
			upstream.answer("/manuf", UpstreamServer.hang(release,
					UpstreamServer.file(RegistryFiles.newerManuf("Tango"), "\"tango\"")));
			upstream.answer("/wka", UpstreamServer.file(RegistryFiles.wka(), "\"wka\""));
			try (ConfigurableApplicationContext context = start("--manuf.refresh.enabled=true",
					"--manuf.refresh.startup-delay=0s", "--manuf.source.manuf-url=" + upstream.url("/manuf"),
					"--manuf.source.wka-url=" + upstream.url("/wka"))) {
				RegistryService registry = context.getBean(RegistryService.class);
				RefreshStatus status = context.getBean(RefreshStatus.class);
				awaitTrue(() -> !upstream.requests("/manuf").isEmpty());
				assertThat(registry.lookup("00:50:CA:FE:CA:FE").entry().shortName()).isEqualTo("DZS");
				assertThat(status.lastCheck()).isNull();
				release.countDown();
				awaitTrue(() -> status.lastCheck() != null);
				assertThat(status.lastCheck().outcome()).isEqualTo(ImportAttempt.IMPORTED);
				assertThat(status.lastCheck().trigger()).isEqualTo("startup");
				assertThat(registry.lookup("00:50:CA:FE:CA:FE").entry().shortName()).isEqualTo("Tango");
				assertThat(status.nextCheckAt()).isNotNull();
			}
		}
	}

	@Test
	void startWhenDatabaseEmptyShouldPreferTheKeptDownloadOverTheBundledSnapshot() throws Exception {
		Path downloads = Files.createDirectories(this.dataDir.resolve("downloads"));
		Files.write(downloads.resolve("manuf"), RegistryFiles.newerManuf("Uniform"));
		Files.write(downloads.resolve("wka"), RegistryFiles.wka());
		Files.writeString(downloads.resolve("manuf-123.part"), "left by a crash");
		try (ConfigurableApplicationContext context = start()) {
			assertThat(context.getBean(RegistryService.class).lookup("00:50:CA:FE:CA:FE").entry().shortName())
				.isEqualTo("Uniform");
			assertThat(context.getBean(RegistryStore.class).currentImport().orElseThrow().getSource())
				.isEqualTo(downloads.resolve("manuf").toUri().toString());
			assertThat(context.getBean(RefreshStatus.class).dataVersion().headerDate()).isNotNull();
			assertThat(downloads.resolve("manuf-123.part")).doesNotExist();
		}
	}

	@Test
	void startWhenKeptDownloadIsNotAManufFileShouldUseTheBundledSnapshot() throws Exception {
		Path downloads = Files.createDirectories(this.dataDir.resolve("downloads"));
		Files.writeString(downloads.resolve("manuf"), "<html><body>rejected</body></html>\n");
		Files.write(downloads.resolve("wka"), RegistryFiles.wka());
		try (ConfigurableApplicationContext context = start()) {
			assertThat(context.getBean(RegistryService.class).lookup("00:50:CA:FE:CA:FE").entry().shortName())
				.isEqualTo("DZS");
			assertThat(context.getBean(RegistryStore.class).currentImport().orElseThrow().getSource())
				.startsWith("bundled:");
		}
	}

	private ConfigurableApplicationContext start(String... args) {
		String[] all = new String[args.length + 2];
		all[0] = "--server.port=0";
		all[1] = "--manuf.data-dir=" + this.dataDir;
		System.arraycopy(args, 0, all, 2, args.length);
		return new SpringApplicationBuilder(ManufApplication.class).run(all);
	}

	private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("condition not met in 60 s").isLessThan(deadline);
			Thread.sleep(20);
		}
	}

}
