package org.pactwatch.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.pactwatch.ingest.DocumentMatcher;
import org.pactwatch.search.InvalidQueryException;
import org.springframework.stereotype.Component;

/** Lists documents for ingest's document API by the search's own query parser and index. */
@Component
class LuceneDocumentMatcher implements DocumentMatcher {

    private final LuceneIndex index;
    private final LuceneSearchService parser;

    LuceneDocumentMatcher(LuceneIndex index) {
        this.index = index;
        this.parser = new LuceneSearchService(index);
    }

    @Override
    public List<Long> matchingDocuments(String query, int limit) {
        BooleanQuery documents;
        try {
            documents = new BooleanQuery.Builder()
                    .add(parser.parse(query), BooleanClause.Occur.MUST)
                    .add(
                            new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_DOCUMENT)),
                            BooleanClause.Occur.FILTER)
                    .build();
        } catch (InvalidQueryException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        IndexSearcher searcher = index.acquire();
        try {
            List<Long> ids = new ArrayList<>();
            var stored = searcher.storedFields();
            for (ScoreDoc hit : searcher.search(documents, limit).scoreDocs) {
                ids.add(stored.document(hit.doc)
                        .getField(IndexFields.ID)
                        .numericValue()
                        .longValue());
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            index.release(searcher);
        }
    }
}
