package org.pactwatch.briefing;

import java.util.List;
import org.pactwatch.alert.AlertNotification;

/** The user's saved-search alerts: how many saved searches, how many alerts are unread, and the newest alerts. */
public record Alerts(int savedSearches, long unread, List<AlertNotification> newest) {}
