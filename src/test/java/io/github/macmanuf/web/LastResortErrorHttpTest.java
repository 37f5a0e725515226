package io.github.macmanuf.web;

import java.util.List;

import io.github.macmanuf.support.HttpApi.Response;
import io.github.macmanuf.support.HttpServiceTest;
import org.eclipse.jetty.ee11.servlet.ErrorPageErrorHandler;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jetty.JettyWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The servlet context's last-resort error handler is {@link ProblemJsonErrorPageHandler}, which keeps the error pages
 * Spring Boot registered, so errors still go through {@code /error}. (It was found answering a 500 with Jetty's page,
 * exception name and stack trace included, when a ;-parameter with a broken %-escape broke both the request and its
 * error dispatch; {@code BadParameterFilter} now answers that request with a 400 before either.)
 */
class LastResortErrorHttpTest extends HttpServiceTest {

	@Autowired
	private ServletWebServerApplicationContext context;

	@Test
	void servletContextShouldUseTheProblemJsonHandlerWithSpringBootsErrorPages() {
		JettyWebServer server = (JettyWebServer) this.context.getWebServer();
		List<ServletContextHandler> contexts = server.getServer().getDescendants(ServletContextHandler.class);
		assertThat(contexts).isNotEmpty().allSatisfy((servlets) -> {
			assertThat(servlets.getErrorHandler()).isInstanceOf(ProblemJsonErrorPageHandler.class);
			assertThat(((ErrorPageErrorHandler) servlets.getErrorHandler()).getErrorPages())
				.containsEntry(ErrorPageErrorHandler.GLOBAL_ERROR_PAGE, "/error");
		});
	}

	@Test
	void ordinaryErrorsShouldStillGoThroughTheErrorDispatch() {
		Response response = this.api.get("/nothing/here");
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.contentType()).isEqualTo("application/problem+json");
		assertThat(response.json().get("detail").asString()).startsWith("No endpoint at this path");
	}

}
