package org.pactwatch.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.IndexSearcher.TooManyClauses;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.pactwatch.search.InvalidQueryException;
import org.pactwatch.search.SearchRequest;
import org.pactwatch.search.SearchResult;
import org.pactwatch.search.SearchService;

/** Runs searches on the Lucene index: classic syntax, drill-down facets, sorting and highlighted snippets. */
final class LuceneSearchService implements SearchService {

    static final int MAX_QUERY_LENGTH = 10_000;
    static final int MAX_WINDOW = 10_000;
    static final int MAX_PAGE = 200;
    static final int FACET_VALUES = 20;
    private static final int SNIPPET_PASSAGES = 2;
    private static final PassageScoring PASSAGE_SCORING = new PassageScoring();
    /** Lucene's own threshold for counting hits exactly before it starts skipping. */
    private static final int SKIP_WHEN_MATCHES_EXCEED = 1_000;

    private final LuceneIndex index;

    LuceneSearchService(LuceneIndex index) {
        this.index = index;
    }

    @Override
    public SearchResult search(SearchRequest request) {
        long started = System.nanoTime();
        int offset = Math.max(0, request.offset());
        int limit = Math.clamp(request.limit(), 1, MAX_PAGE);
        if (offset + limit > MAX_WINDOW) {
            throw new InvalidQueryException(
                    "results beyond the first " + MAX_WINDOW + " cannot be paged to; narrow the search");
        }
        Query text = parse(request.query());
        Query filtered = filtered(text, request);
        DrillDownQuery query = new DrillDownQuery(index.facetsConfig(), filtered);
        request.facets().forEach((dim, values) -> {
            if (IndexFields.FACETS.contains(dim)) {
                values.stream().filter(v -> v != null && !v.isBlank()).forEach(v -> query.add(dim, v));
            }
        });
        IndexSearcher searcher = index.acquire();
        try {
            Query rewritten = searcher.rewrite(query); // wildcards expand once, not in every pass
            Sort sort = sort(request.sort());
            FacetsCollector matches;
            ScoreDoc[] top;
            if (sort == null) {
                // Relevance in two passes. The first only counts: every match is visited for the exact total
                // and the facets, but none is scored. The second finds the page and, with many matches, skips
                // documents that cannot make it (block-max WAND) instead of scoring every match.
                matches = searcher.search(rewritten, new FacetsCollectorManager());
                top = topByRelevance(searcher, rewritten, offset + limit, totalHits(matches));
            } else {
                // a field sort cannot skip on these doc-values fields, so one pass counts and sorts
                FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.search(
                        searcher, rewritten, offset + limit, sort, true, new FacetsCollectorManager());
                matches = result.facetsCollector();
                top = result.topDocs().scoreDocs;
            }
            long total = totalHits(matches);
            ScoreDoc[] page = top.length <= offset
                    ? new ScoreDoc[0]
                    : Arrays.copyOfRange(top, offset, Math.min(top.length, offset + limit));
            List<SearchResult.Hit> hits = hits(searcher, text, page);
            Map<String, Map<String, Long>> facets = facets(searcher, matches);
            return new SearchResult(total, hits, facets, (System.nanoTime() - started) / 1_000_000);
        } catch (TooManyClauses e) {
            throw new InvalidQueryException("the query expands to too many terms; make wildcards more specific");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            index.release(searcher);
        }
    }

    Query parse(String queryText) {
        String q = queryText == null ? "" : queryText.strip();
        if (q.length() > MAX_QUERY_LENGTH) {
            throw new InvalidQueryException("the query is longer than " + MAX_QUERY_LENGTH + " characters");
        }
        if (q.isEmpty() || q.equals("*") || q.equals("*:*")) {
            return new MatchAllDocsQuery();
        }
        try {
            return new PactwatchQueryParser(index.analyzer()).parse(q);
        } catch (ParseException | TokenMgrError e) {
            throw new InvalidQueryException(readable(e.getMessage()));
        } catch (TooManyClauses e) {
            throw new InvalidQueryException("the query has too many terms");
        } catch (IllegalArgumentException e) {
            throw new InvalidQueryException("the query cannot be run: " + firstLine(e.getMessage()));
        }
    }

    /** Lucene's messages list the grammar's expected tokens; keep the part a user can act on. */
    static String readable(String message) {
        String m = firstLine(message);
        if (m.contains("Lexical error") && m.contains("<EOF>")) {
            return "the query ends in the middle of something: check for an unclosed quote or bracket, "
                    + "or a / (it starts a regular expression; write \\/ for a plain slash)";
        }
        if (m.contains("Encountered \"<EOF>\"")) {
            return "the query is incomplete: check for an unclosed bracket or a trailing AND / OR / NOT";
        }
        int cannot = m.indexOf("Cannot parse '");
        if (cannot >= 0) {
            int reason = m.indexOf("': ", cannot);
            String detail = reason >= 0 ? m.substring(reason + 3) : m;
            int was = detail.indexOf("Was expecting");
            detail = was >= 0 ? detail.substring(0, was).strip() : detail;
            return "the query cannot be parsed: " + abbreviate(detail);
        }
        return "the query cannot be parsed: " + abbreviate(m);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "invalid syntax";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }

    private static String abbreviate(String s) {
        return s.length() > 160 ? s.substring(0, 160) + "…" : s;
    }

    private static Query filtered(Query text, SearchRequest request) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
        String kind =
                request.target() == SearchRequest.Target.DOCUMENTS ? IndexFields.KIND_DOCUMENT : IndexFields.KIND_DEAL;
        builder.add(new TermQuery(new Term(IndexFields.KIND, kind)), BooleanClause.Occur.FILTER);
        if (request.from() != null || request.to() != null) {
            long from = request.from() == null ? Long.MIN_VALUE : request.from().toEpochDay();
            long to = request.to() == null ? Long.MAX_VALUE : request.to().toEpochDay();
            builder.add(LongPoint.newRangeQuery(IndexFields.PUBLISHED, from, to), BooleanClause.Occur.FILTER);
        }
        return builder.build();
    }

    /**
     * The {@code count} most relevant hits. With many matches the collector skips documents that cannot make
     * the page once it has {@code count} candidates; with few, skipping costs more than it saves.
     */
    private static ScoreDoc[] topByRelevance(IndexSearcher searcher, Query query, int count, long matches)
            throws IOException {
        int skipAfter = matches > SKIP_WHEN_MATCHES_EXCEED ? count : Integer.MAX_VALUE;
        return searcher.search(query, new TopScoreDocCollectorManager(count, null, skipAfter)).scoreDocs;
    }

    private static long totalHits(FacetsCollector matches) {
        return matches.getMatchingDocs().stream()
                .mapToLong(FacetsCollector.MatchingDocs::totalHits)
                .sum();
    }

    /** The field sort, or null for relevance. */
    private static Sort sort(SearchRequest.Sort sort) {
        if (sort == null) {
            return null;
        }
        return switch (sort) {
            case RELEVANCE -> null;
            case DATE ->
                new Sort(new SortField(IndexFields.PUBLISHED_SORT, SortField.Type.LONG, true), SortField.FIELD_SCORE);
            case AMOUNT -> {
                SortField amount = new SortField(IndexFields.AMOUNT_SORT, SortField.Type.DOUBLE, true);
                amount.setMissingValue(Double.NEGATIVE_INFINITY);
                yield new Sort(amount, SortField.FIELD_SCORE);
            }
        };
    }

    private List<SearchResult.Hit> hits(IndexSearcher searcher, Query text, ScoreDoc[] page) throws IOException {
        if (page.length == 0) {
            return List.of();
        }
        int[] docIds = Arrays.stream(page).mapToInt(sd -> sd.doc).toArray();
        Map<String, String[]> snippets = highlight(searcher, text, docIds);
        List<SearchResult.Hit> hits = new ArrayList<>();
        var storedFields = searcher.storedFields();
        for (int i = 0; i < page.length; i++) {
            Document doc = storedFields.document(page[i].doc);
            List<SearchResult.Snippet> docSnippets = new ArrayList<>();
            for (String field : List.of(IndexFields.TITLE, IndexFields.BODY)) {
                String[] values = snippets.get(field);
                if (values != null && values[i] != null && !values[i].isBlank()) {
                    docSnippets.add(snippet(field, values[i]));
                }
            }
            IndexableField published = doc.getField(IndexFields.PUBLISHED);
            IndexableField amount = doc.getField(IndexFields.AMOUNT_USD);
            hits.add(new SearchResult.Hit(
                    doc.get(IndexFields.KIND),
                    doc.getField(IndexFields.ID).numericValue().longValue(),
                    Float.isNaN(page[i].score) ? 0 : page[i].score,
                    doc.get(IndexFields.TITLE),
                    published == null
                            ? null
                            : LocalDate.ofEpochDay(published.numericValue().longValue()),
                    doc.get(IndexFields.URL),
                    String.join(",", upper(doc.getValues(IndexFields.SOURCE_KIND))),
                    List.of(doc.getValues(IndexFields.COMPANY + "_name")),
                    upper(doc.getValues(IndexFields.TYPE)),
                    upper(doc.getValues(IndexFields.STATUS)),
                    amount == null
                            ? null
                            : BigDecimal.valueOf(amount.numericValue().doubleValue())
                                    .stripTrailingZeros()
                                    .setScale(0, java.math.RoundingMode.HALF_UP),
                    docSnippets));
        }
        return hits;
    }

    private static List<String> upper(String[] values) {
        return Arrays.stream(values)
                .map(v -> v.toUpperCase(java.util.Locale.ROOT))
                .toList();
    }

    private Map<String, String[]> highlight(IndexSearcher searcher, Query text, int[] docIds) throws IOException {
        if (text instanceof MatchAllDocsQuery) {
            return Map.of();
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, index.analyzer())
                .withFormatter(new DefaultPassageFormatter(
                        String.valueOf(LuceneIndex.MARK_START), String.valueOf(LuceneIndex.MARK_END), " … ", false))
                .withMaxLength(200_000)
                .withScorer(PASSAGE_SCORING)
                .build();
        String[] fields = {IndexFields.TITLE, IndexFields.BODY};
        int[] passages = {1, SNIPPET_PASSAGES};
        return highlighter.highlightFields(fields, text, docIds, passages);
    }

    /** Turns a passage with highlight marks into plain text plus offsets. */
    static SearchResult.Snippet snippet(String field, String marked) {
        StringBuilder text = new StringBuilder(marked.length());
        List<SearchResult.Span> spans = new ArrayList<>();
        int begin = -1;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == LuceneIndex.MARK_START) {
                begin = text.length();
            } else if (c == LuceneIndex.MARK_END) {
                if (begin >= 0) {
                    spans.add(new SearchResult.Span(begin, text.length()));
                }
                begin = -1;
            } else {
                text.append(c);
            }
        }
        return new SearchResult.Snippet(field, text.toString(), spans);
    }

    private Map<String, Map<String, Long>> facets(IndexSearcher searcher, FacetsCollector collector)
            throws IOException {
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        IndexFields.FACETS.forEach(dim -> facets.put(dim, new LinkedHashMap<>()));
        SortedSetDocValuesReaderState state = index.facetState(searcher);
        if (state == null) {
            return facets;
        }
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, collector);
        for (String dim : IndexFields.FACETS) {
            if (state.getOrdRange(dim) == null) {
                continue;
            }
            FacetResult result = counts.getTopChildren(FACET_VALUES, dim);
            if (result == null) {
                continue;
            }
            Map<String, Long> values = facets.get(dim);
            for (LabelAndValue lv : result.labelValues) {
                values.put(lv.label, lv.value.longValue());
            }
        }
        return facets;
    }
}
