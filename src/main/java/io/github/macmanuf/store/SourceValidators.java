package io.github.macmanuf.store;

/**
 * The validators a source sent with a file, replayed as {@code If-None-Match} / {@code If-Modified-Since}.
 *
 * @param url the configured URL the file came from
 * @param etag the {@code ETag} header, or {@code null}
 * @param lastModified the {@code Last-Modified} header, or {@code null}
 */
public record SourceValidators(String url, String etag, String lastModified) {

	public boolean isEmpty() {
		return this.etag == null && this.lastModified == null;
	}

}
