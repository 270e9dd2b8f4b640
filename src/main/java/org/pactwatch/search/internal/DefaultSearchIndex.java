package org.pactwatch.search.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.pactwatch.search.SearchIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the index in step with PostgreSQL. A catch-up re-reads every row whose updated_at is newer than the
 * watermark minus a small overlap (a transaction that commits late may carry an earlier timestamp; indexing
 * is idempotent, so reading a row twice is harmless), then stores the new watermark with the commit. When the
 * counts still differ — rows deleted while the application was down — the id sets are reconciled.
 */
final class DefaultSearchIndex implements SearchIndex {

    private static final Logger log = LoggerFactory.getLogger(DefaultSearchIndex.class);
    static final Duration OVERLAP = Duration.ofSeconds(10);
    static final int BATCH = 500;

    private final LuceneIndex index;
    private final IndexSource source;

    DefaultSearchIndex(LuceneIndex index, IndexSource source) {
        this.index = index;
        this.source = source;
    }

    @Override
    public synchronized long catchUp() {
        Instant watermark = index.watermark();
        // read before draining: everything committed up to here is drained below
        Instant databaseNewest = source.maxUpdatedAt();
        IndexSource.Cursor start =
                new IndexSource.Cursor(watermark == null ? Instant.EPOCH : watermark.minus(OVERLAP), 0);
        long changed = drain(start, source::documentsAfter) + drain(start, source::dealsAfter);
        Instant newWatermark = newest(watermark, databaseNewest);
        // an unchanged index is not committed: a new commit would open a new reader and rebuild facet state
        if (changed > 0 || !java.util.Objects.equals(newWatermark, watermark)) {
            index.commit(newWatermark);
        }
        changed += reconcileIfCountsDiffer();
        return changed;
    }

    /**
     * Re-indexes specific deals, their documents and the given documents now, removing deals that are gone or
     * no longer live.
     */
    synchronized long refresh(Collection<Long> dealIds, Collection<Long> documentIds) {
        if (dealIds.isEmpty() && documentIds.isEmpty()) {
            return 0;
        }
        List<IndexSource.Change> deals = source.dealsByIds(dealIds);
        Set<Long> present = new HashSet<>();
        deals.forEach(c -> present.add(c.id()));
        long changed = apply(deals);
        for (Long id : dealIds) {
            if (!present.contains(id)) {
                index.remove(IndexFields.KIND_DEAL, id);
                changed++;
            }
        }
        Set<Long> documents = new HashSet<>(documentIds);
        documents.addAll(source.documentsOfDeals(dealIds));
        changed += apply(source.documentsByIds(documents));
        index.commit(index.watermark());
        return changed;
    }

    @Override
    public synchronized long reindex() {
        Instant started = source.maxUpdatedAt();
        index.deleteAll();
        IndexSource.Cursor start = new IndexSource.Cursor(Instant.EPOCH, 0);
        long count = drain(start, source::documentsAfter) + drain(start, source::dealsAfter);
        // rows changed while rebuilding are newer than this and are caught up next time
        index.commit(started == null ? Instant.EPOCH : started);
        log.info("Search index rebuilt: {} records", count);
        return count;
    }

    @Override
    public Status status() {
        return new Status(
                source.countDocuments(),
                source.countDeals(),
                index.count(IndexFields.KIND_DOCUMENT),
                index.count(IndexFields.KIND_DEAL),
                index.watermark());
    }

    private long drain(
            IndexSource.Cursor start, BiFunction<IndexSource.Cursor, Integer, List<IndexSource.Change>> read) {
        long count = 0;
        IndexSource.Cursor cursor = start;
        while (true) {
            List<IndexSource.Change> batch = read.apply(cursor, BATCH);
            if (batch.isEmpty()) {
                return count;
            }
            count += apply(batch);
            IndexSource.Change last = batch.getLast();
            cursor = new IndexSource.Cursor(last.updatedAt(), last.id());
            if (batch.size() < BATCH) {
                return count;
            }
        }
    }

    private long apply(List<IndexSource.Change> changes) {
        for (IndexSource.Change change : changes) {
            if (change.live()) {
                index.put(change.record());
            } else {
                index.remove(change.kind(), change.id());
            }
        }
        return changes.size();
    }

    private long reconcileIfCountsDiffer() {
        long fixed = reconcile(
                        IndexFields.KIND_DOCUMENT,
                        source.countDocuments(),
                        source::liveDocumentIds,
                        source::documentsByIds)
                + reconcile(IndexFields.KIND_DEAL, source.countDeals(), source::liveDealIds, source::dealsByIds);
        if (fixed > 0) {
            index.commit(index.watermark());
            log.info("Search index reconciled {} records with the database", fixed);
        }
        return fixed;
    }

    private long reconcile(
            String kind,
            long databaseCount,
            java.util.function.Supplier<List<Long>> databaseIds,
            java.util.function.Function<Collection<Long>, List<IndexSource.Change>> load) {
        if (index.count(kind) == databaseCount) {
            return 0;
        }
        Set<Long> inDatabase = new HashSet<>(databaseIds.get());
        Set<Long> inIndex = index.ids(kind);
        Set<Long> extra = new HashSet<>(inIndex);
        extra.removeAll(inDatabase);
        Set<Long> missing = new HashSet<>(inDatabase);
        missing.removeAll(inIndex);
        index.removeAll(kind, extra);
        long loaded = 0;
        List<Long> missingList = List.copyOf(missing);
        for (int i = 0; i < missingList.size(); i += BATCH) {
            loaded += apply(load.apply(missingList.subList(i, Math.min(missingList.size(), i + BATCH))));
        }
        return extra.size() + loaded;
    }

    private static Instant newest(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.isAfter(b) ? a : b;
    }
}
