package org.pactwatch.ingest.source;

import java.util.Set;
import org.jsoup.Jsoup;
import org.pactwatch.ingest.fetch.FetchException;
import org.pactwatch.ingest.fetch.FetchOptions;
import org.pactwatch.ingest.fetch.FetchResult;
import org.pactwatch.ingest.fetch.Fetcher;
import org.pactwatch.ingest.fetch.TextDecoder;
import org.pactwatch.ingest.parse.DocumentDraft;
import org.pactwatch.ingest.parse.FileTextExtractor;
import org.pactwatch.ingest.parse.FilingInfo;
import org.pactwatch.ingest.parse.HtmlText;
import org.pactwatch.ingest.parse.ParseException;
import org.springframework.stereotype.Component;

/** Fetches one EDGAR document (HTML, text or PDF) and keeps its whole text with the filing's metadata. */
@Component
public class FilingLoader {

    private static final Set<String> TYPES = Set.of(
            "text/html",
            "application/xhtml+xml",
            "text/plain",
            "text/xml",
            "application/xml",
            "application/pdf",
            "application/octet-stream");

    private final Fetcher fetcher;

    FilingLoader(Fetcher fetcher) {
        this.fetcher = fetcher;
    }

    public DocumentDraft load(String url, String title, FilingInfo filing) throws FetchException, ParseException {
        FetchResult result = fetcher.get(ArticleLoader.toUri(url), FetchOptions.of(TYPES));
        String media = result.mediaType() == null ? "" : result.mediaType();
        DocumentDraft draft;
        if (media.equals("application/pdf") || url.toLowerCase().endsWith(".pdf")) {
            draft = FileTextExtractor.extract("filing.pdf", media, result.body(), url);
        } else if (media.contains("html") || url.toLowerCase().matches(".*\\.html?$")) {
            var html = Jsoup.parse(TextDecoder.decodeHtml(result.body(), result.charset()), url);
            html.select("script, style, noscript, [style*=display:none], ix\\:header")
                    .remove();
            String text = html.body() == null ? "" : HtmlText.blockText(html.body());
            draft = DocumentDraft.news(url, null, text).withContentType("text/html");
        } else {
            draft = DocumentDraft.news(url, null, HtmlText.tidy(result.text())).withContentType(media);
        }
        if (draft.text() == null || draft.text().isBlank()) {
            throw new ParseException("filing document has no text");
        }
        return draft.withCanonicalUrl(url)
                .withTitle(title)
                .withPublisher("SEC EDGAR")
                .asFiling(filing);
    }
}
