package org.pactwatch.graph;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pactwatch.graph.internal.CompanyDirectory;
import org.pactwatch.graph.internal.DealReadModel;
import org.pactwatch.graph.internal.VersionedCache;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tie-ups: the two-company money loops of {@link MoneyLoopService} taken down to single deals — an investment
 * from A into B paired with a cloud commitment from B to A's group, the two at most a window apart. Each deal
 * belongs to at most one tie-up: candidate pairs are taken nearest in time first (then the larger amounts), so
 * a commitment signed with one tranche is not paired again with every other tranche of the same window.
 */
@Service
public class TieUpService {

    /** Strategists and analysts, as for the other strategist views, and regulators for their summaries. */
    static final String READERS = "hasAnyRole('STRATEGIST', 'ANALYST', 'REGULATOR')";

    private final DealReadModel readModel;
    private final VersionedCache answers = new VersionedCache(8);

    TieUpService(DealReadModel readModel) {
        this.readModel = readModel;
    }

    /** The tie-ups the query asks for, the latest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(READERS)
    public List<TieUp> tieUps(TieUpQuery query) {
        long version = readModel.version();
        List<TieUp> all = answers.get(version, query.windowMonths(), () -> pairAll(version, query.windowMonths()));
        Long node =
                query.companyId() == null ? null : readModel.companies(version).nodeOf(query.companyId(), true);
        return all.stream()
                .filter(t -> node == null
                        || t.investor().id() == node
                        || t.investee().id() == node)
                .filter(t -> within(t, query.from(), query.to()))
                .toList();
    }

    /** The tie-ups of one company (rolled up to its top parent), with the default window. */
    @Transactional(readOnly = true)
    @PreAuthorize(READERS)
    public List<TieUp> tieUpsOf(long companyId) {
        return tieUps(TieUpQuery.of(companyId));
    }

    private static boolean within(TieUp tieUp, LocalDate from, LocalDate to) {
        return (from == null || !tieUp.first().isBefore(from))
                && (to == null || !tieUp.last().isAfter(to));
    }

    private List<TieUp> pairAll(long version, int windowMonths) {
        CompanyDirectory directory = readModel.companies(version);
        // both kinds keyed by (investor's top parent, investee's top parent)
        Map<List<Long>, List<DealLink>> investments = new LinkedHashMap<>();
        Map<List<Long>, List<DealLink>> commitments = new HashMap<>();
        for (DealLink deal : readModel.tieUpCandidates(directory)) {
            long payer = directory.nodeOf(deal.payer().id(), true);
            long payee = directory.nodeOf(deal.payee().id(), true);
            if (payer == payee) {
                continue;
            }
            if (deal.isInvestment()) {
                investments
                        .computeIfAbsent(List.of(payer, payee), k -> new ArrayList<>())
                        .add(deal);
            } else {
                commitments
                        .computeIfAbsent(List.of(payee, payer), k -> new ArrayList<>())
                        .add(deal);
            }
        }
        List<Candidate> paired = new ArrayList<>();
        investments.forEach((parties, invested) ->
                paired.addAll(pair(parties, invested, commitments.getOrDefault(parties, List.of()), windowMonths)));
        Set<Long> dealIds = new HashSet<>();
        paired.forEach(c -> {
            dealIds.add(c.investment().id());
            dealIds.add(c.commitment().id());
        });
        Map<Long, List<TieUp.Source>> sources = readModel.sources(dealIds);
        return paired.stream()
                .map(c -> tieUp(c, directory, sources))
                .sorted(Comparator.comparing(TieUp::last)
                        .reversed()
                        .thenComparing(Comparator.comparingDouble(
                                        (TieUp t) -> t.commitment().deal().usdOrZero())
                                .reversed())
                        .thenComparing(TieUp::key))
                .toList();
    }

    /** One party pair's deals matched one to one, nearest in time first. */
    private static List<Candidate> pair(
            List<Long> parties, List<DealLink> invested, List<DealLink> committed, int windowMonths) {
        List<Candidate> candidates = new ArrayList<>();
        for (DealLink investment : invested) {
            LocalDate earliest = investment.dealDate().minusMonths(windowMonths);
            LocalDate latest = investment.dealDate().plusMonths(windowMonths);
            for (DealLink commitment : committed) {
                LocalDate date = commitment.dealDate();
                if (!date.isBefore(earliest) && !date.isAfter(latest)) {
                    candidates.add(new Candidate(parties, investment, commitment));
                }
            }
        }
        candidates.sort(Comparator.comparingLong(Candidate::daysApart)
                .thenComparing(Comparator.comparingDouble(Candidate::usd).reversed())
                .thenComparingLong(c -> c.investment().id())
                .thenComparingLong(c -> c.commitment().id()));
        Set<Long> used = new HashSet<>();
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (!used.contains(candidate.investment().id())
                    && !used.contains(candidate.commitment().id())) {
                used.add(candidate.investment().id());
                used.add(candidate.commitment().id());
                chosen.add(candidate);
            }
        }
        return chosen;
    }

    private static TieUp tieUp(Candidate candidate, CompanyDirectory directory, Map<Long, List<TieUp.Source>> sources) {
        DealLink investment = candidate.investment();
        DealLink commitment = candidate.commitment();
        Double ratio = investment.amountUsd() == null || commitment.amountUsd() == null || investment.amountUsd() <= 0
                ? null
                : commitment.amountUsd() / investment.amountUsd();
        return new TieUp(
                directory.ref(candidate.parties().get(0)),
                directory.ref(candidate.parties().get(1)),
                new TieUp.Leg(investment, List.copyOf(sources.getOrDefault(investment.id(), List.of()))),
                new TieUp.Leg(commitment, List.copyOf(sources.getOrDefault(commitment.id(), List.of()))),
                ratio,
                candidate.daysApart());
    }

    /** An investment and a commitment back that could pair: (investor, investee) top parents and both deals. */
    private record Candidate(List<Long> parties, DealLink investment, DealLink commitment) {

        long daysApart() {
            return Math.abs(ChronoUnit.DAYS.between(investment.dealDate(), commitment.dealDate()));
        }

        double usd() {
            return investment.usdOrZero() + commitment.usdOrZero();
        }
    }
}
