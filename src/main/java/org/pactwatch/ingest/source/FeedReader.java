package org.pactwatch.ingest.source;

import java.util.List;
import java.util.stream.Stream;
import org.pactwatch.ingest.SourceKind;
import org.pactwatch.ingest.fetch.FetchException;
import org.pactwatch.ingest.fetch.FetchResult;
import org.pactwatch.ingest.fetch.Fetcher;
import org.pactwatch.ingest.parse.DocumentDraft;
import org.pactwatch.ingest.parse.FeedParser;
import org.pactwatch.ingest.parse.FeedParser.FeedEntry;
import org.pactwatch.ingest.parse.ParseException;
import org.springframework.stereotype.Component;

/**
 * RSS 2.0 / Atom feeds: a conditional GET of the feed, then each entry's article page. When the page cannot be
 * read but the feed carries a full text, the feed's text is kept instead.
 */
@Component
class FeedReader extends XmlListingReader<List<FeedEntry>> {

    /** Feed texts shorter than this are teasers, not articles. */
    private static final int FULL_TEXT_CHARS = 400;

    FeedReader(Fetcher fetcher, ArticleLoader articles, IngestProperties properties) {
        super(fetcher, articles, properties, SourceKind.FEED, "feed");
    }

    @Override
    List<FeedEntry> parse(FetchResult root) throws ParseException {
        return FeedParser.parse(root.body(), root.charset());
    }

    @Override
    Stream<Item> items(List<FeedEntry> entries, ItemSink sink, List<FetchResult> nested) {
        return entries.stream().map(entry -> Item.news(entry.link(), () -> load(entry)));
    }

    private DocumentDraft load(FeedEntry entry) throws Exception {
        DocumentDraft draft;
        if (entry.link() == null) {
            draft = fromFeed(entry, null);
        } else {
            try {
                draft = articles.load(entry.link());
            } catch (FetchException | ParseException e) {
                if (entry.text() == null || entry.text().length() < FULL_TEXT_CHARS) {
                    throw e;
                }
                draft = fromFeed(entry, entry.link());
            }
        }
        if (draft.title() == null && entry.title() != null) {
            draft = draft.withTitle(entry.title());
        }
        if (draft.published() == null && entry.published() != null) {
            draft = draft.withPublished(entry.published());
        }
        if (draft.publisher() == null && entry.feedTitle() != null) {
            draft = draft.withPublisher(entry.feedTitle());
        }
        return draft;
    }

    private static DocumentDraft fromFeed(FeedEntry entry, String url) throws ParseException {
        if (entry.text() == null || entry.text().isBlank()) {
            throw new ParseException("feed entry '" + entry.title() + "' has neither a link nor text");
        }
        return DocumentDraft.news(url, entry.title(), entry.text()).withContentType("application/rss+xml");
    }
}
