package org.pactwatch.ingest.source;

import java.util.Set;
import org.pactwatch.ingest.Source;
import org.pactwatch.ingest.SourceKind;
import org.springframework.stereotype.Component;

/** A single article URL. */
@Component
class WebReader implements SourceReader {

    private final ArticleLoader articles;

    WebReader(ArticleLoader articles) {
        this.articles = articles;
    }

    @Override
    public Set<SourceKind> kinds() {
        return Set.of(SourceKind.WEB);
    }

    @Override
    public String read(Source source, ItemSink sink) {
        sink.expect(1);
        sink.offer(Item.news(source.url(), () -> articles.load(source.url())));
        return null;
    }
}
