package org.pactwatch.ingest.source;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
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
class SitemapReader extends XmlListingReader<Sitemap> {

    private static final int MAX_NESTED_SITEMAPS = 50;

    SitemapReader(Fetcher fetcher, ArticleLoader articles, IngestProperties properties) {
        super(fetcher, articles, properties, SourceKind.SITEMAP, "sitemap");
    }

    @Override
    Sitemap parse(FetchResult root) throws ParseException {
        return SitemapParser.parse(root.body(), root.charset());
    }

    @Override
    Stream<Item> items(Sitemap sitemap, ItemSink sink, List<FetchResult> nested) {
        Set<String> pages = new LinkedHashSet<>();
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
        return pages.stream().map(page -> Item.news(page, () -> articles.load(page)));
    }
}
