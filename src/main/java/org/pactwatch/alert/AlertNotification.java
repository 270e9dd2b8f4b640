package org.pactwatch.alert;

import java.time.Instant;

/** An in-app alert: a deal that newly matched one of the user's saved searches. */
public record AlertNotification(
        long id,
        Long savedSearchId,
        String savedSearchName,
        Long dealId,
        String message,
        Instant createdAt,
        boolean read) {}
