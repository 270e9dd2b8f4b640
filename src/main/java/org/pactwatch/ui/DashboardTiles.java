package org.pactwatch.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.pactwatch.alert.AlertNotification;
import org.pactwatch.briefing.Alerts;
import org.pactwatch.briefing.BriefingDeal;
import org.pactwatch.briefing.BriefingService;
import org.pactwatch.briefing.CompanyActivity;
import org.pactwatch.briefing.IngestHealth;
import org.pactwatch.briefing.MonthlyValue;
import org.pactwatch.briefing.NewDeals;
import org.pactwatch.briefing.ReviewQueue;
import org.pactwatch.extraction.ExtractedDeal.DealType;
import org.pactwatch.ingest.ErrorSample;
import org.pactwatch.ingest.JobRun;

/** The dashboard's tiles as components: a heading, what the briefing found, and a link to the view behind it. */
final class DashboardTiles {

    private final ZoneId zone;

    DashboardTiles(ZoneId zone) {
        this.zone = zone;
    }

    /** A tile: a section named by its heading, its body and the link to the view that explains it. */
    static final class Tile extends Section {
        Tile(String id, String title, Anchor link, Component body) {
            setId("tile-" + id);
            addClassName("pw-tile");
            H2 heading = new H2(title);
            heading.setId("tile-" + id + "-title");
            getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
            link.addClassName("pw-tile-link");
            add(heading, body, link);
        }

        Tile wide() {
            addClassName("pw-tile-wide");
            return this;
        }
    }

    Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    Component newDeals(NewDeals found) {
        Div body = new Div(count("new-count", found.count(), "deals stored since " + Format.instant(found.since())));
        body.add(dealList("new-rows", found.newest(), d -> "dated " + Format.date(d.date())));
        return body;
    }

    /** The largest deals of each window (days → deals), each window's list linking to its deals by size. */
    Tile largest(Map<Integer, List<BriefingDeal>> byWindow) {
        LocalDate today = LocalDate.now(zone);
        Div body = new Div();
        int widest = 0;
        for (var window : byWindow.entrySet()) {
            int days = window.getKey();
            widest = Math.max(widest, days);
            body.add(
                    new H3(days == 365 ? "Last 12 months" : "Last " + days + " days"),
                    dealList("largest-" + days + "-rows", window.getValue(), d -> Format.date(d.date())));
        }
        Anchor link = new Anchor(
                "deals?"
                        + new QueryParameters(Map.of(
                                        "from", List.of(today.minusDays(widest).toString()),
                                        "to", List.of(today.toString()),
                                        "sort", List.of("AMOUNT_USD"),
                                        "order", List.of("desc")))
                                .getQueryString(),
                "These deals by size in the Deals view");
        return new Tile("largest", "Largest deals", link, body);
    }

    /** Under the chart, the same totals per type as links: the keyboard's way to the deals a bar stands for. */
    Component valueByType(List<MonthlyValue> values, YearMonth first, YearMonth last) {
        Map<DealType, long[]> deals = new EnumMap<>(DealType.class);
        Map<DealType, BigDecimal> usd = new EnumMap<>(DealType.class);
        for (MonthlyValue v : values) {
            deals.computeIfAbsent(v.type(), t -> new long[1])[0] += v.deals();
            usd.merge(v.type(), v.usd() == null ? BigDecimal.ZERO : v.usd(), BigDecimal::add);
        }
        UnorderedList list = new UnorderedList();
        list.setId("value-by-type");
        list.addClassName("pw-tile-list");
        deals.forEach((type, n) -> list.add(new ListItem(new Anchor(
                "deals?" + dealsOfMonth(type, first, last).getQueryString(),
                "%s: %s in %,d deals".formatted(Format.type(type), Format.usd(usd.get(type)), n[0])))));
        return list;
    }

    Component activeCompanies(List<CompanyActivity> companies) {
        if (companies.isEmpty()) {
            return empty("active-rows", "No company is a party to a new deal.");
        }
        UnorderedList list = new UnorderedList();
        list.setId("active-rows");
        list.addClassName("pw-tile-list");
        companies.forEach(c -> list.add(new ListItem(
                new Anchor("companies/" + c.id(), c.name()),
                new Span(" · %,d new deal%s%s"
                        .formatted(
                                c.deals(),
                                c.deals() == 1 ? "" : "s",
                                c.usd() == null ? "" : ", " + Format.usd(c.usd()))))));
        return list;
    }

    Tile reviewQueue(ReviewQueue queue) {
        Div counts = new Div(
                link(
                        "review-unreviewed",
                        "deals?review=UNREVIEWED&sort=CONFIDENCE&order=asc",
                        queue.unreviewed(),
                        "unreviewed"),
                count(
                        "review-low",
                        queue.lowConfidence(),
                        "below %s confidence".formatted(Format.percent(BriefingService.LOW_CONFIDENCE))),
                count("review-conflicting", queue.conflicting(), "with sources that disagree"));
        counts.addClassName("pw-tile-counts");
        UnorderedList list = new UnorderedList();
        list.setId("review-rows");
        list.addClassName("pw-tile-list");
        for (ReviewQueue.Item item : queue.next()) {
            List<String> reasons = new ArrayList<>();
            if (item.amountsDiffer()) reasons.add("amounts differ");
            if (item.datesDiffer()) reasons.add("dates differ");
            if (item.lowConfidence())
                reasons.add("confidence " + Format.percent(item.deal().confidence()));
            if (reasons.isEmpty()) reasons.add("unreviewed");
            list.add(new ListItem(dealLink(item.deal()), new Span(" · " + String.join(", ", reasons))));
        }
        Div body = new Div(counts, queue.next().isEmpty() ? empty("review-rows", "Nothing waits for review.") : list);
        return new Tile(
                "review",
                "Review queue",
                new Anchor("deals?review=UNREVIEWED&sort=CONFIDENCE&order=asc", "Review in the Deals view"),
                body);
    }

    Tile alerts(Alerts alerts) {
        Div body = new Div(count(
                "alerts-unread",
                alerts.unread(),
                "unread alerts from %d saved search%s"
                        .formatted(alerts.savedSearches(), alerts.savedSearches() == 1 ? "" : "es")));
        if (alerts.newest().isEmpty()) {
            body.add(empty(
                    "alert-rows",
                    alerts.savedSearches() == 0
                            ? "Save a search to be told when new deals match it."
                            : "No alerts yet."));
        } else {
            UnorderedList list = new UnorderedList();
            list.setId("alert-rows");
            list.addClassName("pw-tile-list");
            for (AlertNotification n : alerts.newest()) {
                Component message =
                        n.dealId() == null ? new Span(n.message()) : new Anchor("deals/" + n.dealId(), n.message());
                ListItem item = new ListItem(message, new Span(" · " + Format.instant(n.createdAt())));
                if (!n.read()) {
                    item.addClassName("pw-alert-unread");
                }
                list.add(item);
            }
            body.add(list);
        }
        return new Tile("alerts", "Your alerts", new Anchor("saved-searches", "Saved searches and alerts"), body);
    }

    Tile ingestHealth(IngestHealth health) {
        UnorderedList sources = new UnorderedList();
        sources.setId("ingest-sources");
        sources.addClassName("pw-tile-list");
        for (IngestHealth.SourceHealth s : health.sources()) {
            JobRun run = s.lastRun();
            String state = run == null
                    ? "never ran"
                    : "%s %s · %d new, %d failed"
                            .formatted(
                                    run.status(),
                                    Format.instant(run.finishedAt() != null ? run.finishedAt() : run.queuedAt()),
                                    run.newCount(),
                                    run.failed());
            ListItem item = new ListItem(new Span(s.source().name()), new Span(" · " + state));
            if (s.failing()) {
                item.addClassName("pw-tile-failing");
            }
            sources.add(item);
        }
        Div body = new Div(new H3("Last run per source"), sources, new H3("Recent failures"));
        if (health.failures().isEmpty()) {
            body.add(empty("ingest-failures", "No run failed."));
        } else {
            UnorderedList failures = new UnorderedList();
            failures.setId("ingest-failures");
            failures.addClassName("pw-tile-list");
            health.failures().forEach(run -> failures.add(new ListItem(failure(run))));
            body.add(failures);
        }
        return new Tile("ingest", "Ingest health", new Anchor("sources", "Sources & Jobs"), body);
    }

    private static String failure(JobRun run) {
        String reasons = run.errorSamples().stream()
                .limit(2)
                .map(ErrorSample::error)
                .distinct()
                .collect(Collectors.joining("; "));
        String why = run.message() != null && !run.message().isBlank() ? run.message() : reasons;
        return "%s, job %d (%s, %d failed): %s"
                .formatted(
                        run.sourceName() == null ? "deleted source" : run.sourceName(),
                        run.id(),
                        run.status(),
                        run.failed(),
                        why.isBlank() ? "no reason recorded" : why);
    }

    /** The Deals view's query parameters for one type in a range of months. */
    static QueryParameters dealsOfMonth(DealType type, YearMonth from, YearMonth to) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        parameters.put("type", List.of(type.name()));
        parameters.put("from", List.of(from.atDay(1).toString()));
        parameters.put("to", List.of(to.atEndOfMonth().toString()));
        return new QueryParameters(parameters);
    }

    private Component dealList(
            String id, List<BriefingDeal> deals, java.util.function.Function<BriefingDeal, String> when) {
        if (deals.isEmpty()) {
            return empty(id, "No deal with a disclosed amount.");
        }
        UnorderedList list = new UnorderedList();
        list.setId(id);
        list.addClassName("pw-tile-list");
        deals.forEach(d -> list.add(new ListItem(
                dealLink(d), new Span(" · %s · %s".formatted(Format.type(d.type()), when.apply(d))))));
        return list;
    }

    private static Anchor dealLink(BriefingDeal d) {
        String amount = d.amountUsd() != null
                ? Format.usd(d.amountUsd())
                : d.amountText() != null ? d.amountText() : "undisclosed";
        return new Anchor("deals/" + d.id(), "%s → %s, %s".formatted(name(d.payerName()), name(d.payeeName()), amount));
    }

    private static String name(String name) {
        return name == null ? "—" : name;
    }

    private static Div count(String id, long value, String label) {
        Span number = new Span("%,d".formatted(value));
        number.addClassName("pw-value");
        Div count = new Div(number, new Span(" " + label));
        count.setId(id);
        count.addClassName("pw-tile-count");
        return count;
    }

    private static Div link(String id, String href, long value, String label) {
        Div count = count(id, 0, "");
        count.removeAll();
        Span number = new Span("%,d".formatted(value));
        number.addClassName("pw-value");
        count.add(new Anchor(href, number, new Span(" " + label)));
        return count;
    }

    private static Paragraph empty(String id, String text) {
        Paragraph p = new Paragraph(text);
        p.setId(id);
        p.addClassName("pw-muted");
        return p;
    }
}
