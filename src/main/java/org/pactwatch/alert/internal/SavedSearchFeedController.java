package org.pactwatch.alert.internal;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pactwatch.alert.AlertNotification;
import org.pactwatch.alert.DealHeadline;
import org.pactwatch.alert.SavedSearch;
import org.pactwatch.alert.SavedSearchService;
import org.pactwatch.deal.DealQueries;
import org.pactwatch.deal.DealView;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The Atom feed of a saved search for feed readers: the deals that matched it, newest first. The secret token in
 * the URL is the only credential (feed readers rarely sign in); an unknown or revoked token answers 404.
 */
@RestController
class SavedSearchFeedController {

    static final int ENTRIES = 100;
    private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final SavedSearchService savedSearches;
    private final DealQueries deals;

    SavedSearchFeedController(SavedSearchService savedSearches, DealQueries deals) {
        this.savedSearches = savedSearches;
        this.deals = deals;
    }

    @GetMapping("/feeds/saved-searches/{token}.atom")
    ResponseEntity<String> feed(@PathVariable String token) throws FeedException {
        SavedSearch search = savedSearches.byFeedToken(token).orElse(null);
        if (search == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .contentType(MediaType.TEXT_PLAIN)
                    .body("No feed here: the link is unknown or was revoked.");
        }
        String base =
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        List<AlertNotification> alerts = savedSearches.alertsOf(search.id(), ENTRIES);
        Map<Long, DealView> views =
                deals
                        .views(alerts.stream()
                                .map(AlertNotification::dealId)
                                .filter(id -> id != null)
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(DealView::id, Function.identity()));

        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle("Pactwatch: " + search.name());
        feed.setDescription("Deals that match the saved search " + search.name());
        feed.setUri(base + "/saved-searches/" + search.id());
        feed.setLink(base + "/search?" + search.query());
        feed.setLinks(List.of(link(base + "/search?" + search.query(), "alternate")));
        feed.setPublishedDate(Date.from(
                alerts.isEmpty() ? search.createdAt() : alerts.getFirst().createdAt()));
        List<SyndEntry> entries = new ArrayList<>();
        for (AlertNotification alert : alerts) {
            DealView deal = alert.dealId() == null ? null : views.get(alert.dealId());
            SyndEntry entry = new SyndEntryImpl();
            String dealUrl = base + "/deals/" + alert.dealId();
            entry.setUri("urn:pactwatch:saved-search:" + search.id() + ":deal:" + alert.dealId());
            entry.setLink(dealUrl);
            entry.setTitle(deal == null ? alert.message() : DealHeadline.of(deal));
            entry.setPublishedDate(Date.from(alert.createdAt()));
            entry.setUpdatedDate(Date.from(deal == null ? alert.createdAt() : deal.updatedAt()));
            SyndContent content = new SyndContentImpl();
            // plain text: Rome escapes it, so document text can never become markup in a reader
            content.setType("text");
            content.setValue(
                    deal == null || deal.evidence().isEmpty()
                            ? alert.message()
                            : deal.evidence().getFirst().text());
            entry.setDescription(content);
            entries.add(entry);
        }
        feed.setEntries(entries);
        return ResponseEntity.ok().contentType(ATOM).body(new SyndFeedOutput().outputString(feed));
    }

    private static SyndLink link(String href, String rel) {
        SyndLink link = new SyndLinkImpl();
        link.setHref(href);
        link.setRel(rel);
        return link;
    }
}
