package org.pactwatch.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.pactwatch.graph.internal.CompanyDirectory;
import org.pactwatch.graph.internal.DealReadModel;
import org.pactwatch.graph.internal.VersionedCache;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Relationships or companies side by side: money invested each way, cloud commitments and their terms,
 * provider terms, first and last deal, deals and sources. A company includes its subsidiaries.
 */
@Service
public class ComparisonService {

    public static final int MAX_ITEMS = 4;

    private final DealReadModel readModel;
    private final TieUpService tieUpService;
    private final VersionedCache answers = new VersionedCache(32);

    ComparisonService(DealReadModel readModel, TieUpService tieUpService) {
        this.readModel = readModel;
        this.tieUpService = tieUpService;
    }

    /** One comparison row per pair of companies, in the order asked for. */
    @Transactional(readOnly = true)
    @PreAuthorize(TimelineService.READERS)
    public List<ComparisonRow> relationships(List<CompanyPair> pairs) {
        checkSize(pairs.size());
        long version = readModel.version();
        return answers.get(version, List.of("pairs", List.copyOf(pairs)), () -> compareRelationships(version, pairs));
    }

    /** One comparison row per company, in the order asked for. */
    @Transactional(readOnly = true)
    @PreAuthorize(TimelineService.READERS)
    public List<ComparisonRow> companies(List<Long> companyIds) {
        checkSize(companyIds.size());
        long version = readModel.version();
        return answers.get(
                version, List.of("companies", List.copyOf(companyIds)), () -> compareCompanies(version, companyIds));
    }

    private List<ComparisonRow> compareRelationships(long version, List<CompanyPair> pairs) {
        CompanyDirectory directory = readModel.companies(version);
        List<ComparisonRow> rows = new ArrayList<>();
        for (CompanyPair pair : pairs) {
            long first = directory.canonical(pair.firstId());
            long second = directory.canonical(pair.secondId());
            Set<Long> firstGroup = directory.expand(List.of(first), true);
            Set<Long> secondGroup = directory.expand(List.of(second), true);
            Set<Long> both = new java.util.HashSet<>(firstGroup);
            both.addAll(secondGroup);
            List<DealLink> deals = readModel.dealsOf(both, true, null, null, directory).stream()
                    .filter(d -> firstGroup.contains(d.payer().id())
                                    && secondGroup.contains(d.payee().id())
                            || secondGroup.contains(d.payer().id())
                                    && firstGroup.contains(d.payee().id()))
                    .toList();
            CompanyRef a = directory.ref(first);
            CompanyRef b = directory.ref(second);
            rows.add(row(
                    a.name() + " – " + b.name(),
                    a,
                    b,
                    deals,
                    d -> firstGroup.contains(d.payer().id())));
        }
        return List.copyOf(rows);
    }

    private List<ComparisonRow> compareCompanies(long version, List<Long> companyIds) {
        CompanyDirectory directory = readModel.companies(version);
        List<ComparisonRow> rows = new ArrayList<>();
        for (Long id : companyIds) {
            long company = directory.canonical(id);
            Set<Long> group = directory.expand(List.of(company), true);
            List<DealLink> deals = readModel.dealsOf(group, false, null, null, directory).stream()
                    .filter(d -> !(group.contains(d.payer().id())
                            && group.contains(d.payee().id())))
                    .toList();
            CompanyRef ref = directory.ref(company);
            rows.add(row(
                    ref.name(), ref, null, deals, d -> group.contains(d.payer().id())));
        }
        return List.copyOf(rows);
    }

    private ComparisonRow row(
            String label, CompanyRef first, CompanyRef second, List<DealLink> deals, Predicate<DealLink> outgoing) {
        double investedOut = 0;
        double investedIn = 0;
        double committedOut = 0;
        double committedIn = 0;
        List<String> commitmentTerms = new ArrayList<>();
        for (DealLink deal : deals) {
            boolean out = outgoing.test(deal);
            if (deal.isInvestment()) {
                if (out) {
                    investedOut += deal.usdOrZero();
                } else {
                    investedIn += deal.usdOrZero();
                }
            } else if (deal.isCommitment()) {
                if (out) {
                    committedOut += deal.usdOrZero();
                } else {
                    committedIn += deal.usdOrZero();
                }
                commitmentTerms.add(commitmentTerm(deal));
            }
        }
        List<Long> ids = deals.stream().map(DealLink::id).toList();
        Set<Long> idSet = Set.copyOf(ids);
        List<String> tieUps = tieUpService.tieUps(TieUpQuery.all()).stream()
                .filter(t -> idSet.contains(t.investment().deal().id())
                        && idSet.contains(t.commitment().deal().id()))
                .map(ComparisonService::tieUpTerm)
                .toList();
        List<String> providerTerms = readModel.providerTerms(ids).stream()
                .map(t -> t.kind().replace('_', ' ').toLowerCase(java.util.Locale.ROOT) + ": " + t.value())
                .distinct()
                .toList();
        List<LocalDate> dates = deals.stream()
                .map(DealLink::dealDate)
                .filter(Objects::nonNull)
                .sorted()
                .toList();
        return new ComparisonRow(
                label,
                first,
                second,
                investedOut,
                investedIn,
                committedOut,
                committedIn,
                List.copyOf(commitmentTerms),
                providerTerms,
                tieUps,
                dates.isEmpty() ? null : dates.getFirst(),
                dates.isEmpty() ? null : dates.getLast(),
                deals.size(),
                readModel.distinctSources(ids));
    }

    /** "Amazon ⇄ Anthropic: $8 billion (2026-02-20) → more than $100 billion (2026-02-20), 12.5×". */
    private static String tieUpTerm(TieUp tieUp) {
        return tieUp.label() + ": " + stated(tieUp.investment().deal()) + " → "
                + stated(tieUp.commitment().deal())
                + (tieUp.ratio() == null
                        ? ""
                        : String.format(java.util.Locale.ROOT, ", %.1f× committed per dollar invested", tieUp.ratio()));
    }

    private static String stated(DealLink deal) {
        return (deal.amountText() != null ? deal.amountText() : Money.format(deal.amountUsd())) + " (" + deal.dealDate()
                + ")";
    }

    private static String commitmentTerm(DealLink deal) {
        StringBuilder text =
                new StringBuilder(deal.payer().name() + " → " + deal.payee().name() + ": ");
        text.append(deal.amountText() != null ? deal.amountText() : Money.format(deal.amountUsd()));
        if (deal.termMonths() != null) {
            int months = deal.termMonths();
            text.append(months % 12 == 0 ? " over " + months / 12 + " years" : " over " + months + " months");
        }
        if (deal.dealDate() != null) {
            text.append(" (").append(deal.dealDate()).append(')');
        }
        return text.toString();
    }

    private static void checkSize(int size) {
        if (size < 1 || size > MAX_ITEMS) {
            throw new IllegalArgumentException("Compare 1 to " + MAX_ITEMS + " items, not " + size);
        }
    }
}
