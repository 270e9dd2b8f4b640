package org.pactwatch.shared;

import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Re-delivers events whose handler failed (a database hiccup, a full connection pool), so that a
 * transient failure delays a document instead of losing it. Handlers are idempotent.
 */
@Component
@ConditionalOnWebApplication
class FailedEventResubmitter {

    private final FailedEventPublications failed;

    FailedEventResubmitter(FailedEventPublications failed) {
        this.failed = failed;
    }

    @Scheduled(initialDelay = 60_000, fixedDelay = 60_000)
    void resubmit() {
        failed.resubmit(ResubmissionOptions.defaults()
                .withMinAge(Duration.ofMinutes(1))
                .withMaxInFlight(4)
                .withBatchSize(100));
    }
}
