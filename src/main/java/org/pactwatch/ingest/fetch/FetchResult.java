package org.pactwatch.ingest.fetch;

import java.net.URI;
import java.nio.charset.Charset;

/**
 * A fetched resource. {@code notModified} means the server answered 304 to a conditional GET and {@code body}
 * is empty. {@code charset} is the one the Content-Type header declared (null when absent or unknown).
 */
public record FetchResult(
        URI requested,
        URI finalUri,
        int status,
        boolean notModified,
        byte[] body,
        String mediaType,
        Charset charset,
        String etag,
        String lastModified) {

    /** The body as text: declared charset, else BOM, else UTF-8, falling back to windows-1252 for stray bytes. */
    public String text() {
        return TextDecoder.decode(body, charset);
    }
}
