package io.github.macmanuf.tls;

import java.nio.file.Path;
import java.security.cert.X509Certificate;

import io.github.macmanuf.support.Certificates;
import io.github.macmanuf.support.HttpApi;
import io.github.macmanuf.support.TempDataDir;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The default setup, shared by the HTTPS test classes (one application context): HTTP on {@code server.port} and
 * HTTPS on {@code manuf.tls.port}, both random, with the certificate generated into a temporary data folder.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
abstract class RunningHttpsService {

	static Path dataDir;

	@LocalServerPort
	int httpPort;

	@Value("${local.manuf.tls.port}")
	int httpsPort;

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		dataDir = TempDataDir.register(registry);
	}

	static X509Certificate generatedCertificate() {
		return Certificates.generated(dataDir);
	}

	/** An HTTPS client that trusts exactly the generated certificate. */
	HttpApi https() {
		return HttpApi.secure(this.httpsPort, Certificates.trusting(generatedCertificate()));
	}

}
