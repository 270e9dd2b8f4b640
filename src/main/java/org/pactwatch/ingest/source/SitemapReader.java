package org.pactwatch.ingest.source;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.pactwatch.ingest.Source;
import org.pactwatch.ingest.SourceKind;
import org.pactwatch.ingest.fetch.FetchException;
import org.pactwatch.ingest.fetch.FetchResult;
import org.pactwatch.ingest.fetch.Fetcher;
import org.pactwatch.ingest.parse.ParseException;
import org.pactwatch.ingest.parse.SitemapParser;
import org.pactwatch.ingest.parse.SitemapParser.Sitemap;
import org.springframework.stereotype.Component;

/** An XML sitemap (or sitemap index, one level deep): every listed page is read as an article. */
@Component
class SitemapReader implements SourceReader {

    private static final int MAX_NESTED_SITEMAPS = 50;

    private final Fetcher fetcher;
    private final ArticleLoader articles;
    private final IngestProperties properties;

    SitemapReader(Fetcher fetcher, ArticleLoader articles, IngestProperties properties) {
        this.fetcher = fetcher;
        this.articles = articles;
        this.properties = properties;
    }

    @Override
    public Set<SourceKind> kinds() {
        return Set.of(SourceKind.SITEMAP);
    }

    @Override
    public String read(Source source, ItemSink sink) throws SourceException {
        FetchResult root;
        Sitemap sitemap;
        try {
            root = ArticleLoader.getXml(fetcher, source.url());
            if (root.notModified()) {
                return "sitemap not modified since the last run";
            }
            sitemap = SitemapParser.parse(root.body(), root.charset());
        } catch (FetchException | ParseException e) {
            throw new SourceException(e.getMessage(), e);
        }
        Set<String> pages = new LinkedHashSet<>();
        List<FetchResult> nested = new ArrayList<>();
        if (sitemap.index()) {
            for (String location :
                    sitemap.locations().stream().limit(MAX_NESTED_SITEMAPS).toList()) {
                try {
                    FetchResult child = ArticleLoader.getXml(fetcher, location);
                    if (!child.notModified()) {
                        pages.addAll(SitemapParser.parse(child.body(), child.charset())
                                .locations());
                        nested.add(child);
                    }
                } catch (FetchException | ParseException e) {
                    sink.problem(location, e.getMessage());
                }
            }
        } else {
            pages.addAll(sitemap.locations());
        }
        List<Item> items = pages.stream()
                .limit(properties.maxItemsPerRun())
                .map(page -> Item.news(page, () -> articles.load(page)))
                .toList();
        if (!sink.offerAll(items)) {
            return null;
        }
        nested.forEach(fetcher::remember);
        fetcher.remember(root);
        return null;
    }
}
