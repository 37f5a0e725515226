package io.github.macmanuf.refresh;

import io.github.macmanuf.store.SourceValidators;

/**
 * What fetching one source file gave.
 *
 * @param notModified the source answered 304: the kept copy is current
 * @param httpStatus the HTTP status, or {@code null} for a local file
 * @param bytes the (uncompressed) bytes written
 * @param validators the validators to send next time
 */
record Fetch(boolean notModified, Integer httpStatus, long bytes, SourceValidators validators) {
}
