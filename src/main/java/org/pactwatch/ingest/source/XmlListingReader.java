package org.pactwatch.ingest.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.pactwatch.ingest.Source;
import org.pactwatch.ingest.SourceKind;
import org.pactwatch.ingest.fetch.FetchException;
import org.pactwatch.ingest.fetch.FetchResult;
import org.pactwatch.ingest.fetch.Fetcher;
import org.pactwatch.ingest.parse.ParseException;

/**
 * A source whose URL is an XML listing of articles (a feed, a sitemap), read with a conditional GET. The listing
 * and any nested listings are remembered only once every item was handed on, so a cancelled run reads them again.
 */
abstract class XmlListingReader<L> implements SourceReader {

    protected final Fetcher fetcher;
    protected final ArticleLoader articles;
    private final IngestProperties properties;
    private final SourceKind kind;
    private final String listingName;

    XmlListingReader(
            Fetcher fetcher, ArticleLoader articles, IngestProperties properties, SourceKind kind, String listingName) {
        this.fetcher = fetcher;
        this.articles = articles;
        this.properties = properties;
        this.kind = kind;
        this.listingName = listingName;
    }

    @Override
    public Set<SourceKind> kinds() {
        return Set.of(kind);
    }

    @Override
    public String read(Source source, ItemSink sink) throws SourceException {
        FetchResult root;
        L listing;
        try {
            root = ArticleLoader.getXml(fetcher, source.url());
            if (root.notModified()) {
                return listingName + " not modified since the last run";
            }
            listing = parse(root);
        } catch (FetchException | ParseException e) {
            throw new SourceException(e.getMessage(), e);
        }
        List<FetchResult> nested = new ArrayList<>();
        List<Item> items =
                items(listing, sink, nested).limit(properties.maxItemsPerRun()).toList();
        if (!sink.offerAll(items)) {
            return null;
        }
        nested.forEach(fetcher::remember);
        fetcher.remember(root);
        return null;
    }

    /** The listing in the fetched body. */
    abstract L parse(FetchResult root) throws ParseException;

    /** The listing's items, lazily loaded; nested listings it fetched go to {@code nested}. */
    abstract Stream<Item> items(L listing, ItemSink sink, List<FetchResult> nested);
}
