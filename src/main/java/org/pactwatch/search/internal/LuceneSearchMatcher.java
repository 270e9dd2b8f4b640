package org.pactwatch.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.pactwatch.search.SearchMatcher;
import org.pactwatch.search.SearchRequest;
import org.springframework.stereotype.Component;

/** Matches a handful of deals against a search by adding an id filter to the search's own Lucene query. */
@Component
class LuceneSearchMatcher implements SearchMatcher {

    private final LuceneIndex index;
    private final DefaultSearchIndex maintenance;
    private final LuceneSearchService parser;

    LuceneSearchMatcher(LuceneIndex index, DefaultSearchIndex maintenance) {
        this.index = index;
        this.maintenance = maintenance;
        this.parser = new LuceneSearchService(index);
    }

    @Override
    public Set<Long> matchingDeals(SearchRequest request, Collection<Long> dealIds) {
        if (dealIds.isEmpty()) {
            return Set.of();
        }
        maintenance.refresh(dealIds, List.of());
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(parser.parse(request.query()), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_DEAL)), BooleanClause.Occur.FILTER)
                .add(
                        NumericDocValuesField.newSlowSetQuery(
                                IndexFields.ID,
                                dealIds.stream().mapToLong(Long::longValue).toArray()),
                        BooleanClause.Occur.FILTER);
        if (request.from() != null || request.to() != null) {
            long from = request.from() == null ? Long.MIN_VALUE : request.from().toEpochDay();
            long to = request.to() == null ? Long.MAX_VALUE : request.to().toEpochDay();
            query.add(LongPoint.newRangeQuery(IndexFields.PUBLISHED, from, to), BooleanClause.Occur.FILTER);
        }
        DrillDownQuery drillDown = new DrillDownQuery(index.facetsConfig(), query.build());
        if (request.facets() != null) {
            request.facets().forEach((dim, values) -> {
                if (IndexFields.FACETS.contains(dim)) {
                    values.stream().filter(v -> v != null && !v.isBlank()).forEach(v -> drillDown.add(dim, v));
                }
            });
        }
        IndexSearcher searcher = index.acquire();
        try {
            Set<Long> matches = new HashSet<>();
            var stored = searcher.storedFields();
            for (ScoreDoc hit : searcher.search(drillDown, dealIds.size()).scoreDocs) {
                matches.add(stored.document(hit.doc)
                        .getField(IndexFields.ID)
                        .numericValue()
                        .longValue());
            }
            return matches;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            index.release(searcher);
        }
    }
}
