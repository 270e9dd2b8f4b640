package org.pactwatch.search.internal;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.pactwatch.deal.DealsExtracted;
import org.pactwatch.deal.DealsReviewed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the index current: extracted and reviewed deals are indexed as soon as their events arrive, a start
 * catches up from the watermark, and a short poll picks up everything else that changed in the database
 * (new documents, company merges).
 */
@Component
class IndexUpdater {

    private static final Logger log = LoggerFactory.getLogger(IndexUpdater.class);

    private final DefaultSearchIndex index;
    private final boolean cli;
    private final AtomicBoolean ready = new AtomicBoolean();

    IndexUpdater(DefaultSearchIndex index, @Value("${pactwatch.mode:web}") String mode) {
        this.index = index;
        this.cli = mode.equals("cli");
    }

    @EventListener(ApplicationReadyEvent.class)
    void catchUpOnStart() {
        if (cli) {
            return; // CLI commands such as reindex manage the index themselves
        }
        Thread.ofVirtual().name("search-catch-up").start(() -> {
            try {
                long changed = index.catchUp();
                log.info("Search index caught up: {} records", changed);
            } catch (RuntimeException e) {
                log.error("Search index catch-up failed; run `pactwatch reindex`", e);
            } finally {
                ready.set(true);
            }
        });
    }

    // not transactional: a handler waiting for the index must not hold a database connection meanwhile
    @Async
    @TransactionalEventListener
    public void on(DealsExtracted event) {
        index.refresh(event.dealIds(), List.of(event.documentId()));
    }

    @Async
    @TransactionalEventListener
    public void on(DealsReviewed event) {
        index.refresh(event.dealIds(), List.of());
    }

    @Scheduled(
            fixedDelayString = "${pactwatch.search.poll-ms:5000}",
            initialDelayString = "${pactwatch.search.poll-ms:5000}")
    void poll() {
        if (!ready.get()) {
            return;
        }
        try {
            index.catchUp();
        } catch (RuntimeException e) {
            log.warn("Search index update failed; retrying on the next poll", e);
        }
    }
}
