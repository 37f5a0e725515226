package io.github.macmanuf.tls;

import java.io.IOException;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

/**
 * With {@code manuf.tls.http=redirect}: answers every plain-HTTP request with a 307 to the same path and query on
 * the HTTPS connector (307 keeps the method and body, and is not cached, so switching the setting off works).
 */
class HttpsRedirectValve extends ValveBase {

	HttpsRedirectValve() {
		super(true);
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		int httpsPort = HttpsPortListener.httpsPort(request.getConnector().getService()).orElse(-1);
		if (request.isSecure() || httpsPort <= 0) {
			getNext().invoke(request, response);
			return;
		}
		String query = request.getQueryString();
		response.setStatus(307);
		response.setHeader("Location", "https://" + host(request.getServerName())
				+ ((httpsPort != 443) ? ":" + httpsPort : "") + request.getRequestURI()
				+ ((query != null) ? "?" + query : ""));
		response.setContentLength(0);
	}

	private static String host(String serverName) {
		return (serverName.indexOf(':') >= 0 && !serverName.startsWith("[")) ? "[" + serverName + "]" : serverName;
	}

}
