package org.pactwatch.alert.internal;

import org.pactwatch.alert.SavedSearchService;
import org.pactwatch.deal.DealsExtracted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Checks newly extracted deals against every saved search. */
@Component
class DealAlertListener {

    private final SavedSearchService savedSearches;

    DealAlertListener(SavedSearchService savedSearches) {
        this.savedSearches = savedSearches;
    }

    @ApplicationModuleListener
    void on(DealsExtracted event) {
        savedSearches.alertOnDeals(event.dealIds());
    }
}
