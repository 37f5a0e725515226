package io.github.macmanuf.web;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;

import org.eclipse.jetty.ee11.servlet.ErrorPageErrorHandler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The servlet context's error handler: dispatches to Spring's {@code /error} like the one it replaces, and should an
 * exception escape that dispatch too, answers the problem JSON of {@link ProblemJsonErrorHandler} instead of Jetty's
 * page, which showed the exception, its message and its stack trace.
 */
class ProblemJsonErrorPageHandler extends ErrorPageErrorHandler {

	ProblemJsonErrorPageHandler(Map<String, String> errorPages) {
		setErrorPages(errorPages);
	}

	@Override
	public boolean errorPageForMethod(String method) {
		return true;
	}

	@Override
	protected boolean generateAcceptableResponse(Request request, Response response, Callback callback,
			String contentType, List<Charset> charsets, int code, String message, Throwable cause) {
		ProblemJsonErrorHandler.write(response, code, callback);
		return true;
	}

}
