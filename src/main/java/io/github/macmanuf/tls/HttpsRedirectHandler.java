package io.github.macmanuf.tls;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * With {@code manuf.tls.http=redirect}: answers every plain-HTTP request with a 307 to the same path and query on
 * the HTTPS connector (307 keeps the method and body, and is not cached, so switching the setting off works);
 * {@code OPTIONS *}, {@code CONNECT} and {@code TRACE} are answered as on any connector.
 */
class HttpsRedirectHandler extends Handler.Wrapper {

	HttpsRedirectHandler(Handler handler) {
		super(handler);
	}

	@Override
	public boolean handle(Request request, Response response, Callback callback) throws Exception {
		// The connection, not the request line: Request.isSecure() also believes "GET https://host/… HTTP/1.1" sent
		// in plain text. OPTIONS *, CONNECT and TRACE get their usual answers (404, 405, 405), not a redirect.
		if (request.getConnectionMetaData().isSecure() || !request.getHttpURI().getPath().startsWith("/")
				|| HttpMethod.CONNECT.is(request.getMethod()) || HttpMethod.TRACE.is(request.getMethod())) {
			return super.handle(request, response, callback);
		}
		int httpsPort = HttpsPortListener.httpsPort(getServer()).orElse(-1);
		if (httpsPort <= 0) {
			return super.handle(request, response, callback);
		}
		HttpURI uri = request.getHttpURI();
		response.setStatus(307);
		response.getHeaders().put(HttpHeader.LOCATION, "https://" + host(Request.getServerName(request))
				+ ((httpsPort != 443) ? ":" + httpsPort : "") + uri.getPath()
				+ ((uri.getQuery() != null) ? "?" + uri.getQuery() : ""));
		response.getHeaders().put(HttpHeader.CONTENT_LENGTH, 0);
		response.write(true, null, callback);
		return true;
	}

	private static String host(String serverName) {
		return (serverName.indexOf(':') >= 0 && !serverName.startsWith("[")) ? "[" + serverName + "]" : serverName;
	}

}
