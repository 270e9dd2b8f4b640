package org.pactwatch.cli;

import java.util.concurrent.Callable;
import org.pactwatch.search.SearchIndex;
import picocli.CommandLine.Command;

/** {@code reindex}: rebuilds the search index from the database (stop the web application first). */
@Command(
        name = "reindex",
        mixinStandardHelpOptions = true,
        description = "Rebuild the Lucene search index from the database. Stop the running application first.")
final class ReindexCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        long started = System.nanoTime();
        try (var context = SpringContext.start()) {
            SearchIndex index = context.getBean(SearchIndex.class);
            long count = index.reindex();
            SearchIndex.Status status = index.status();
            System.out.printf(
                    "reindexed %d records in %.1f s: %d documents, %d deals (lag %d)%n",
                    count,
                    (System.nanoTime() - started) / 1e9,
                    status.indexedDocuments(),
                    status.indexedDeals(),
                    status.lag());
            return status.lag() == 0 ? 0 : 1;
        }
    }
}
