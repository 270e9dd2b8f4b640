package org.pactwatch.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lucene index on disk: one writer, a searcher manager, and the facet state of the current reader. The
 * change watermark lives in the commit user data, so it is durable exactly when the indexed changes are.
 */
final class LuceneIndex implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LuceneIndex.class);
    private static final int MAX_FACET_CHARS = 500;
    static final String WATERMARK = "watermark";
    /** Private-use characters that mark highlights inside snippets; stripped from indexed text. */
    static final char MARK_START = '\uE000';

    static final char MARK_END = '\uE001';

    private final Directory directory;
    private final Analyzer analyzer = IndexFields.analyzer();
    private final FacetsConfig facetsConfig = IndexFields.facetsConfig();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private volatile FacetState facetState;

    private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {}

    LuceneIndex(Path path) {
        try {
            Files.createDirectories(path);
            this.directory = FSDirectory.open(path);
            this.writer = openWriter();
            this.searchers = new SearcherManager(writer, new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                    // facet state is built before a new reader serves searches, never on a search's clock
                    IndexSearcher searcher = new IndexSearcher(reader);
                    prepareFacetState(reader);
                    return searcher;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + path, e);
        }
    }

    private IndexWriter openWriter() throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(analyzer);
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        config.setRAMBufferSizeMB(64);
        config.setCommitOnClose(false);
        return new IndexWriter(directory, config);
    }

    Analyzer analyzer() {
        return analyzer;
    }

    FacetsConfig facetsConfig() {
        return facetsConfig;
    }

    /** The watermark of the last commit, or null for a new index. */
    Instant watermark() {
        for (Map.Entry<String, String> e : userData()) {
            if (e.getKey().equals(WATERMARK)) {
                return Instant.parse(e.getValue());
            }
        }
        return null;
    }

    private Iterable<Map.Entry<String, String>> userData() {
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        return live == null ? java.util.List.of() : live;
    }

    void put(IndexRecord record) {
        try {
            writer.updateDocument(new Term(IndexFields.UID, record.uid()), facetsConfig.build(toDocument(record)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void remove(String kind, long id) {
        try {
            writer.deleteDocuments(new Term(IndexFields.UID, kind + ":" + id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void deleteAll() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes the changes durable together with the watermark, and visible to searches. */
    void commit(Instant watermark) {
        try {
            if (watermark != null) {
                writer.setLiveCommitData(Map.of(WATERMARK, watermark.toString()).entrySet());
            }
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long count(String kind) {
        IndexSearcher searcher = acquire();
        try {
            return searcher.count(new TermQuery(new Term(IndexFields.KIND, kind)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(searcher);
        }
    }

    /** Database ids of every indexed record of a kind. */
    Set<Long> ids(String kind) {
        IndexSearcher searcher = acquire();
        try {
            Set<Long> ids = new HashSet<>();
            String prefix = kind + ":";
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                NumericDocValues values = leaf.reader().getNumericDocValues(IndexFields.ID);
                Bits live = leaf.reader().getLiveDocs();
                var kinds = leaf.reader().getSortedDocValues(IndexFields.KIND);
                if (values == null || kinds == null) {
                    continue;
                }
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    if (kinds.advanceExact(doc)
                            && kinds.lookupOrd(kinds.ordValue()).utf8ToString().equals(kind)
                            && values.advanceExact(doc)) {
                        ids.add(values.longValue());
                    }
                }
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(searcher);
        }
    }

    IndexSearcher acquire() {
        try {
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The facet state of the searcher's reader (built once per reader; null while nothing has facets). */
    SortedSetDocValuesReaderState facetState(IndexSearcher searcher) {
        return prepareFacetState(searcher.getIndexReader());
    }

    private SortedSetDocValuesReaderState prepareFacetState(IndexReader reader) {
        FacetState current = facetState;
        if (current != null && current.reader() == reader) {
            return current.state();
        }
        synchronized (this) {
            current = facetState;
            if (current != null && current.reader() == reader) {
                return current.state();
            }
            SortedSetDocValuesReaderState state;
            try {
                state = new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
            } catch (IllegalArgumentException e) {
                state = null; // no document has facets yet
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            facetState = new FacetState(reader, state);
            return state;
        }
    }

    private Document toDocument(IndexRecord r) {
        Document doc = new Document();
        doc.add(new StringField(IndexFields.UID, r.uid(), Field.Store.NO));
        doc.add(new StringField(IndexFields.KIND, r.kind(), Field.Store.YES));
        doc.add(new org.apache.lucene.document.SortedDocValuesField(
                IndexFields.KIND, new org.apache.lucene.util.BytesRef(r.kind())));
        doc.add(new StoredField(IndexFields.ID, r.id()));
        doc.add(new NumericDocValuesField(IndexFields.ID, r.id()));
        doc.add(new Field(IndexFields.TITLE, clean(r.title()), IndexFields.TEXT_WITH_OFFSETS));
        doc.add(new Field(IndexFields.BODY, clean(r.body()), IndexFields.TEXT_WITH_OFFSETS));
        if (r.url() != null) {
            doc.add(new StoredField(IndexFields.URL, r.url()));
        }
        if (r.publisher() != null) {
            doc.add(new StringField(IndexFields.PUBLISHER, lower(r.publisher()), Field.Store.NO));
        }
        if (r.reviewState() != null) {
            doc.add(new StringField(IndexFields.REVIEW_STATE, lower(r.reviewState()), Field.Store.NO));
        }
        if (r.date() != null) {
            long day = r.date().toEpochDay();
            doc.add(new LongPoint(IndexFields.PUBLISHED, day));
            doc.add(new StoredField(IndexFields.PUBLISHED, day));
            doc.add(new NumericDocValuesField(IndexFields.PUBLISHED_SORT, day));
            doc.add(new IntPoint(IndexFields.YEAR, r.date().getYear()));
            doc.add(new SortedSetDocValuesFacetField(
                    IndexFields.FACET_YEAR, String.valueOf(r.date().getYear())));
        }
        for (String company : r.companies()) {
            doc.add(new StringField(IndexFields.COMPANY, lower(company), Field.Store.NO));
            doc.add(new StoredField(IndexFields.COMPANY + "_name", company));
            doc.add(new TextField(IndexFields.COMPANIES, company, Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(IndexFields.FACET_COMPANY, facetLabel(company)));
        }
        for (String type : r.types()) {
            doc.add(new StringField(IndexFields.TYPE, lower(type), Field.Store.YES));
            doc.add(new SortedSetDocValuesFacetField(IndexFields.FACET_TYPE, type));
        }
        for (String status : r.statuses()) {
            doc.add(new StringField(IndexFields.STATUS, lower(status), Field.Store.YES));
            doc.add(new SortedSetDocValuesFacetField(IndexFields.FACET_STATUS, status));
        }
        for (String kind : r.sourceKinds()) {
            doc.add(new StringField(IndexFields.SOURCE_KIND, lower(kind), Field.Store.YES));
            doc.add(new SortedSetDocValuesFacetField(IndexFields.FACET_SOURCE_KIND, kind));
        }
        BigDecimal max = null;
        for (BigDecimal usd : r.amountsUsd()) {
            doc.add(new DoublePoint(IndexFields.AMOUNT_USD, usd.doubleValue()));
            max = max == null || usd.compareTo(max) > 0 ? usd : max;
        }
        if (max != null) {
            doc.add(new StoredField(IndexFields.AMOUNT_USD, max.doubleValue()));
            doc.add(new DoubleDocValuesField(IndexFields.AMOUNT_SORT, max.doubleValue()));
        }
        return doc;
    }

    private static String lower(String s) {
        return s.toLowerCase(java.util.Locale.ROOT);
    }

    private static String clean(String text) {
        if (text == null) {
            return "";
        }
        return text.indexOf(MARK_START) < 0 && text.indexOf(MARK_END) < 0
                ? text
                : text.replace(MARK_START, ' ').replace(MARK_END, ' ');
    }

    /** Removes every document of the given kind whose id is in {@code ids}. */
    void removeAll(String kind, Collection<Long> ids) {
        ids.forEach(id -> remove(kind, id));
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.rollback(); // uncommitted changes are re-indexed from the watermark on the next start
            directory.close();
        } catch (IOException e) {
            log.warn("Closing the search index failed", e);
        }
    }

    /** Lucene refuses a facet label over 8,191 characters, and one such company would stop every index update. */
    static String facetLabel(String name) {
        return name.length() > MAX_FACET_CHARS ? name.substring(0, MAX_FACET_CHARS) : name;
    }
}
