package org.pactwatch.ingest.source;

import java.util.List;

/** Where a reader hands its items: the job counts, deduplicates, loads and stores each one at once. */
public interface ItemSink {

    /** Announces more items (for the progress bar). */
    void expect(int count);

    /** Processes one item; false when the job was cancelled and the reader should stop. */
    boolean offer(Item item);

    /** Records a problem that is not one document's (a filing index that could not be read, say). */
    void problem(String item, String error);

    /** Announces the items and processes them in order; false when the job was cancelled on the way. */
    default boolean offerAll(List<Item> items) {
        expect(items.size());
        for (Item item : items) {
            if (!offer(item)) {
                return false;
            }
        }
        return true;
    }
}
