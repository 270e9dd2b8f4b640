package org.pactwatch.ingest.source;

import org.pactwatch.ingest.DocumentKind;
import org.pactwatch.ingest.parse.DocumentDraft;
import org.pactwatch.ingest.parse.FilingInfo;

/**
 * One document a source offers. {@code url} (if known before loading) lets the job skip documents it already
 * has without fetching them; {@code loader} fetches and parses it.
 */
public record Item(String url, DocumentKind kind, String title, FilingInfo filing, Loader loader) {

    @FunctionalInterface
    public interface Loader {
        DocumentDraft load() throws Exception;
    }

    public static Item news(String url, Loader loader) {
        return new Item(url, DocumentKind.NEWS, null, null, loader);
    }
}
