package org.pactwatch.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.pactwatch.graph.internal.CompanyDirectory;
import org.pactwatch.graph.internal.DealReadModel;
import org.pactwatch.graph.internal.VersionedCache;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Deals of chosen companies on a time axis, with running totals of investments and cloud commitments. */
@Service
public class TimelineService {

    static final String READERS = "hasAnyRole('STRATEGIST', 'ANALYST')";

    private final DealReadModel readModel;
    private final VersionedCache answers = new VersionedCache(32);

    TimelineService(DealReadModel readModel) {
        this.readModel = readModel;
    }

    /** Kept per data version: the views ask again for the same companies as the user switches options. */
    @Transactional(readOnly = true)
    @PreAuthorize(READERS)
    public Timeline timeline(TimelineQuery query) {
        long version = readModel.version();
        return answers.get(version, query, () -> compute(version, query));
    }

    private Timeline compute(long version, TimelineQuery query) {
        CompanyDirectory directory = readModel.companies(version);
        List<Long> chosen = query.companyIds().stream()
                .filter(directory::contains)
                .map(directory::canonical)
                .distinct()
                .toList();
        List<CompanyRef> companies = chosen.stream().map(directory::ref).toList();
        Set<Long> parties = directory.expand(chosen, query.withSubsidiaries());
        List<DealLink> deals =
                readModel.dealsOf(parties, query.betweenOnly(), query.from(), query.to(), directory).stream()
                        .filter(d -> d.dealDate() != null)
                        .filter(d ->
                                !query.betweenOnly() || joinsTwoChosen(d, chosen, directory, query.withSubsidiaries()))
                        .toList();
        List<Timeline.Entry> entries = deals.stream()
                .map(d -> new Timeline.Entry(d, lane(d, chosen, directory, query.withSubsidiaries())))
                .toList();
        return new Timeline(companies, entries, lanes(entries), runningTotal(deals, true), runningTotal(deals, false));
    }

    /**
     * "Payer → payee" with subsidiaries shown as the chosen company they belong to, so that an investment
     * and the cloud commitment back sit on two lanes next to each other.
     */
    private static String lane(DealLink deal, List<Long> chosen, CompanyDirectory directory, boolean withSubsidiaries) {
        Long payerGroup = directory.groupOf(deal.payer().id(), chosen, withSubsidiaries);
        Long payeeGroup = directory.groupOf(deal.payee().id(), chosen, withSubsidiaries);
        String payer = payerGroup == null
                ? deal.payer().name()
                : directory.ref(payerGroup).name();
        String payee = payeeGroup == null
                ? deal.payee().name()
                : directory.ref(payeeGroup).name();
        return payer + " → " + payee;
    }

    /** With "between only", a deal inside one chosen group (Amazon → AWS) is not a relationship. */
    private static boolean joinsTwoChosen(
            DealLink deal, List<Long> chosen, CompanyDirectory directory, boolean withSubsidiaries) {
        Long payerGroup = directory.groupOf(deal.payer().id(), chosen, withSubsidiaries);
        Long payeeGroup = directory.groupOf(deal.payee().id(), chosen, withSubsidiaries);
        return payerGroup != null && payeeGroup != null && !payerGroup.equals(payeeGroup);
    }

    /** Lanes ordered so that both directions of a relationship are neighbours, first deal first. */
    private static List<String> lanes(List<Timeline.Entry> entries) {
        java.util.Map<String, List<String>> byPair = new java.util.LinkedHashMap<>();
        for (Timeline.Entry entry : entries) {
            String[] ends = entry.lane().split(" → ");
            String pair = ends[0].compareTo(ends[1]) <= 0 ? ends[0] + "|" + ends[1] : ends[1] + "|" + ends[0];
            List<String> lanes = byPair.computeIfAbsent(pair, k -> new ArrayList<>());
            if (!lanes.contains(entry.lane())) {
                lanes.add(entry.lane());
            }
        }
        return byPair.values().stream().flatMap(List::stream).toList();
    }

    private static List<Timeline.Point> runningTotal(List<DealLink> deals, boolean investments) {
        List<Timeline.Point> points = new ArrayList<>();
        double total = 0;
        for (DealLink deal : deals) {
            if (investments ? !deal.isInvestment() : !deal.isCommitment()) {
                continue;
            }
            total += deal.usdOrZero();
            if (!points.isEmpty() && points.getLast().date().equals(deal.dealDate())) {
                points.removeLast();
            }
            points.add(new Timeline.Point(deal.dealDate(), total));
        }
        return List.copyOf(points);
    }
}
