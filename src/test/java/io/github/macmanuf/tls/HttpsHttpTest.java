package io.github.macmanuf.tls;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;

import io.github.macmanuf.support.Certificates;
import io.github.macmanuf.support.HttpApi;
import io.github.macmanuf.support.HttpApi.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** HTTPS answers on its own port with the generated certificate, and says exactly what HTTP says. */
class HttpsHttpTest extends RunningHttpsService {

	@Test
	void httpsWhenClientTrustsTheGeneratedCertificateShouldAnswerWithIt() {
		Response response = https().get("/chilcano/api/manuf/00:50:CA:FE:CA:FE");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("manuf").asString()).isEqualTo("DZS");
		assertThat(response.peerCertificateSha256()).isEqualTo(Certificates.sha256(generatedCertificate()));
		assertThat(this.httpsPort).isPositive().isNotEqualTo(this.httpPort);
	}

	@Test
	void httpsWhenClientTrustsOnlyTheUsualAuthoritiesShouldFailTheHandshake() throws Exception {
		HttpApi untrusting = HttpApi.secure(this.httpsPort, SSLContext.getDefault());
		assertThatThrownBy(() -> untrusting.get("/chilcano/api/manuf/00:50:CA"))
			.hasCauseInstanceOf(SSLHandshakeException.class)
			.rootCause()
			.hasMessageContaining("unable to find valid certification path");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/chilcano/api/manuf/00-50:Ca-Fe-Ca-Fe", "/chilcano/api/manuf/01:00:5e:00:00:fb",
			"/chilcano/api/manuf/da:a1:19:00:00:01", "/chilcano/api/manuf/00:50:ca:fe:ca:fe:01",
			"/chilcano/api/manuf/00:50:ca%00", "/chilcano/api/nothing/here", "/actuator/health" })
	void httpAndHttpsShouldGiveTheSameAnswers(String path) {
		Response plain = HttpApi.local(this.httpPort).get(path);
		Response secure = https().get(path);
		assertThat(secure.status()).isEqualTo(plain.status());
		assertThat(secure.contentType()).isEqualTo(plain.contentType());
		assertThat(secure.body()).isEqualTo(plain.body());
	}

	@Test
	void connectionMetersShouldBeKeptPerConnector() {
		https().get("/chilcano/api/manuf/00:50:CA");
		String metrics = HttpApi.local(this.httpPort).get("/actuator/prometheus").body();
		assertThat(metrics).contains("jetty_connections_current_connections{connector_name=\"http\"")
			.contains("jetty_connections_current_connections{connector_name=\"https\"");
	}

	@Test
	void httpPortShouldNotSpeakTls() {
		HttpApi tlsToHttpPort = HttpApi.secure(this.httpPort, Certificates.trusting(generatedCertificate()));
		assertThatThrownBy(() -> tlsToHttpPort.get("/actuator/health")).hasCauseInstanceOf(SSLException.class);
	}

}
