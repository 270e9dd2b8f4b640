package org.pactwatch.ingest.source;

import java.net.URI;
import org.pactwatch.ingest.fetch.FetchException;
import org.pactwatch.ingest.fetch.FetchOptions;
import org.pactwatch.ingest.fetch.FetchResult;
import org.pactwatch.ingest.fetch.Fetcher;
import org.pactwatch.ingest.fetch.TextDecoder;
import org.pactwatch.ingest.parse.ArticleExtractor;
import org.pactwatch.ingest.parse.DocumentDraft;
import org.pactwatch.ingest.parse.HtmlText;
import org.pactwatch.ingest.parse.ParseException;
import org.springframework.stereotype.Component;

/** Fetches one article page and extracts its main text and metadata. */
@Component
public class ArticleLoader {

    private static final java.util.Set<String> TYPES =
            java.util.Set.of("text/html", "application/xhtml+xml", "text/plain");

    private final Fetcher fetcher;

    ArticleLoader(Fetcher fetcher) {
        this.fetcher = fetcher;
    }

    public DocumentDraft load(String url) throws FetchException, ParseException {
        URI uri = toUri(url);
        FetchResult page = fetcher.get(uri, FetchOptions.of(TYPES));
        if ("text/plain".equals(page.mediaType())) {
            return DocumentDraft.news(page.finalUri().toString(), null, HtmlText.tidy(page.text()))
                    .withCanonicalUrl(url)
                    .withContentType("text/plain");
        }
        DocumentDraft draft = ArticleExtractor.extract(
                TextDecoder.decodeHtml(page.body(), page.charset()),
                page.finalUri().toString());
        return draft.withUrl(url);
    }

    /** A conditional GET of the XML document (feed, sitemap) at {@code url}. */
    static FetchResult getXml(Fetcher fetcher, String url) throws FetchException {
        return fetcher.get(toUri(url), FetchOptions.of(FetchOptions.XML).conditionalGet());
    }

    static URI toUri(String url) throws FetchException {
        try {
            return URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new FetchException("not a valid URL: " + url);
        }
    }
}
