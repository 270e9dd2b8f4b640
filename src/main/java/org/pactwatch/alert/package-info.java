/**
 * Saved searches and their alerts: an in-app notification and a per-search Atom feed (authenticated by a
 * revocable token in its URL) whenever newly extracted deals match a saved search.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"deal", "extraction", "search", "security", "shared"})
package org.pactwatch.alert;
