package io.github.macmanuf.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A request body sent compressed: 415 problem JSON saying to send it as it is. */
class UnsupportedContentEncodingException extends ErrorResponseException {

	UnsupportedContentEncodingException() {
		super(HttpStatus.UNSUPPORTED_MEDIA_TYPE, problem(), null);
		getHeaders().set(HttpHeaders.ACCEPT_ENCODING, "identity");
	}

	private static ProblemDetail problem() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
				"The body has a Content-Encoding: send it uncompressed, without that header.");
		problem.setTitle("Unsupported Content-Encoding");
		return problem;
	}

}
