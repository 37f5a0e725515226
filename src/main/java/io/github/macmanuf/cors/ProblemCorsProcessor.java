package io.github.macmanuf.cors;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.DefaultCorsProcessor;

/** Spring's CORS checks, with a refusal answered as problem JSON like every other error of the API. */
class ProblemCorsProcessor extends DefaultCorsProcessor {

	private static final byte[] BODY = ("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,"
			+ "\"detail\":\"Cross-origin request refused: this origin, method or header is not allowed "
			+ "(see manuf.cors.*).\",\"error\":\"Invalid CORS request\"}")
		.getBytes(StandardCharsets.UTF_8);

	@Override
	protected void rejectRequest(ServerHttpResponse response) throws IOException {
		response.setStatusCode(HttpStatus.FORBIDDEN);
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		response.getBody().write(BODY);
		response.flush();
	}

}
