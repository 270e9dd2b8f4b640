package org.pactwatch.report.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.pactwatch.graph.TieUp;
import org.pactwatch.graph.TieUpQuery;
import org.pactwatch.graph.TieUpService;
import org.pactwatch.report.ExportScope;
import org.pactwatch.report.InvalidExportException;
import org.pactwatch.report.TieUpSummary;
import org.pactwatch.report.TieUpSummary.Amount;
import org.pactwatch.report.TieUpSummary.CircularFlow;
import org.pactwatch.report.TieUpSummary.Citation;
import org.pactwatch.report.TieUpSummary.Deal;
import org.pactwatch.report.TieUpSummary.Mode;
import org.pactwatch.report.TieUpSummary.OtherTieUp;
import org.pactwatch.report.TieUpSummary.PairedDeals;
import org.pactwatch.report.TieUpSummary.Party;
import org.pactwatch.report.TieUpSummary.Relationship;
import org.pactwatch.report.TieUpSummary.Scope;
import org.pactwatch.report.TieUpSummary.Source;
import org.pactwatch.report.TieUpSummary.Term;
import org.pactwatch.report.TieUpSummary.TermFact;
import org.pactwatch.report.TieUpSummary.TimelineEvent;
import org.pactwatch.report.TieUpSummary.Tranche;
import org.pactwatch.report.internal.TieUpReadModel.DealRow;
import org.pactwatch.report.internal.TieUpReadModel.DocumentRow;
import org.pactwatch.report.internal.TieUpReadModel.EvidenceRow;
import org.pactwatch.report.internal.TieUpReadModel.TermRow;
import org.pactwatch.report.internal.TieUpReadModel.TieRow;
import org.pactwatch.report.internal.TieUpReadModel.TrancheRow;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds a tie-up summary from the read model: groups deals into relationships between ultimate
 * parents, sorts every list by a stable key (so that equal data gives equal files) and attaches a
 * citation to every fact.
 */
@Component
class TieUpAssembler {

    private static final Set<String> INVESTMENT_TYPES = Set.of("INVESTMENT", "ACQUISITION");
    private static final Set<String> COMMITMENT_TYPES = Set.of("CLOUD_COMMITMENT", "SUPPLY");
    private static final Pattern DISTRIBUTION =
            Pattern.compile("(?i)bedrock|azure|vertex|licen[cs]|distribut|platform|marketplace|resell|offered through");
    private static final Comparator<String> NAME_ORDER = Comparator.comparing(
                    (String s) -> s.toLowerCase(java.util.Locale.ROOT))
            .thenComparing(s -> s);

    private final TieUpReadModel readModel;
    private final TieUpService tieUps;

    TieUpAssembler(TieUpReadModel readModel, TieUpService tieUps) {
        this.readModel = readModel;
        this.tieUps = tieUps;
    }

    /** Company names for the scope pickers. */
    @Transactional(readOnly = true)
    List<String> companyNames() {
        return readModel.companyNames();
    }

    @Transactional(readOnly = true)
    TieUpSummary summarize(ExportScope scope, Instant generatedAt) {
        CompanyTree tree = readModel.companies();
        List<Party> resolved = new ArrayList<>();
        Set<Long> roots = new LinkedHashSet<>();
        for (String name : scope.companies()) {
            long id = readModel
                    .findCompany(name)
                    .orElseThrow(() -> new InvalidExportException(
                            "unknown company '" + name + "': use a name or alias from the company registry"));
            CompanyTree.Company root = tree.ultimateParent(id);
            resolved.add(new Party(tree.get(id).name(), root.name()));
            roots.add(root.id());
        }
        Mode mode = roots.size() == 1 ? Mode.ALL : Mode.BETWEEN;
        long focus = roots.iterator().next();

        List<Long> ids = roots.stream().flatMap(r -> tree.group(r).stream()).toList();
        Map<String, List<DealRow>> byPair = new TreeMap<>();
        Map<String, String[]> pairNames = new HashMap<>();
        Map<String, Long> rootIds = new TreeMap<>();
        for (DealRow deal : readModel.deals(ids, scope.from(), scope.to())) {
            CompanyTree.Company payer = tree.ultimateParent(deal.payerId());
            CompanyTree.Company payee = tree.ultimateParent(deal.payeeId());
            if (payer.id() == payee.id()) {
                continue; // intra-group: not a tie-up between two parties
            }
            if (mode == Mode.BETWEEN && !(roots.contains(payer.id()) && roots.contains(payee.id()))) {
                continue;
            }
            String[] names = orderedPair(mode, focus, payer, payee);
            rootIds.put(payer.name(), payer.id());
            rootIds.put(payee.name(), payee.id());
            String key = names[0] + " – " + names[1];
            pairNames.put(key, names);
            byPair.computeIfAbsent(key, k -> new ArrayList<>()).add(deal);
        }

        List<Long> dealIds = byPair.values().stream()
                .flatMap(List::stream)
                .map(DealRow::id)
                .sorted()
                .toList();
        Map<Long, List<EvidenceRow>> evidence = readModel.evidence(dealIds).stream()
                .collect(Collectors.groupingBy(EvidenceRow::dealId, LinkedHashMap::new, Collectors.toList()));
        Map<Long, List<TermRow>> terms = readModel.terms(dealIds).stream()
                .collect(Collectors.groupingBy(TermRow::dealId, LinkedHashMap::new, Collectors.toList()));
        Map<Long, List<TrancheRow>> tranches = readModel.tranches(dealIds).stream()
                .collect(Collectors.groupingBy(TrancheRow::dealId, LinkedHashMap::new, Collectors.toList()));

        Set<Long> documentIds = new TreeSet<>();
        evidence.values().forEach(rows -> rows.forEach(e -> documentIds.add(e.documentId())));
        terms.values()
                .forEach(rows -> rows.stream()
                        .map(TermRow::documentId)
                        .filter(Objects::nonNull)
                        .forEach(documentIds::add));
        Sources sources = new Sources(readModel.documents(documentIds));

        Map<String, List<TieRow>> tiesByRoot = otherTies(tree, rootIds.values(), scope);
        List<TieUp> paired = byPair.isEmpty()
                ? List.of()
                : tieUps.tieUps(new TieUpQuery(null, scope.from(), scope.to(), TieUpQuery.DEFAULT_WINDOW_MONTHS));
        List<Relationship> relationships = new ArrayList<>();
        for (var entry : byPair.entrySet()) {
            String[] names = pairNames.get(entry.getKey());
            List<Deal> deals = entry.getValue().stream()
                    .map(row -> deal(
                            row,
                            tree,
                            evidence.getOrDefault(row.id(), List.of()),
                            terms.getOrDefault(row.id(), List.of()),
                            tranches.getOrDefault(row.id(), List.of()),
                            sources))
                    .toList();
            relationships.add(relationship(entry.getKey(), names, deals, tree, tiesByRoot, paired));
        }
        return new TieUpSummary(
                TieUpSummary.SCHEMA_VERSION,
                generatedAt,
                new Scope(scope.companies(), resolved, mode, scope.from(), scope.to()),
                relationships,
                sources.list());
    }

    private static String[] orderedPair(Mode mode, long focus, CompanyTree.Company a, CompanyTree.Company b) {
        if (mode == Mode.ALL) {
            return a.id() == focus ? new String[] {a.name(), b.name()} : new String[] {b.name(), a.name()};
        }
        return NAME_ORDER.compare(a.name(), b.name()) <= 0
                ? new String[] {a.name(), b.name()}
                : new String[] {b.name(), a.name()};
    }

    private Deal deal(
            DealRow row,
            CompanyTree tree,
            List<EvidenceRow> evidence,
            List<TermRow> terms,
            List<TrancheRow> tranches,
            Sources sources) {
        List<Citation> citations = evidence.stream()
                .map(e -> sources.cite(e.documentId(), e.sentence(), e.begin(), e.end()))
                .filter(Objects::nonNull)
                .sorted(CITATION_ORDER)
                .toList();
        Citation fallback = citations.isEmpty() ? null : citations.getFirst();
        List<Term> dealTerms = terms.stream()
                .map(t -> {
                    Citation own = t.documentId() == null
                            ? null
                            : sources.cite(t.documentId(), t.sentence(), t.begin(), t.end());
                    return new Term(t.kind(), t.value(), own != null ? own : fallback);
                })
                .toList();
        List<Tranche> dealTranches = tranches.stream()
                .map(t -> new Tranche(
                        t.amountText(), t.currency(), plain(t.value()), plain(t.usd()), t.date(), t.status()))
                .toList();
        boolean hasAmount = row.amountText() != null || row.value() != null;
        return new Deal(
                row.id(),
                row.type(),
                row.status(),
                row.reviewState(),
                "UNREVIEWED".equals(row.reviewState()),
                party(tree, row.payerId()),
                row.payerMention(),
                party(tree, row.payeeId()),
                row.payeeMention(),
                hasAmount
                        ? new Amount(
                                row.amountText(),
                                row.currency(),
                                plain(row.value()),
                                plain(row.min()),
                                plain(row.max()),
                                row.qualifier(),
                                plain(row.usd()))
                        : null,
                row.termMonths(),
                row.effectiveDate(),
                row.announcedDate(),
                row.closedDate(),
                row.cumulative(),
                Math.round(row.confidence() * 1000) / 1000.0,
                dealTranches,
                dealTerms,
                citations);
    }

    private static final Comparator<Citation> CITATION_ORDER = Comparator.comparingInt(
                    (Citation c) -> Integer.parseInt(c.source().substring(1)))
            .thenComparing(c -> c.begin() == null ? -1 : c.begin())
            .thenComparing(Citation::sentence, Comparator.nullsFirst(Comparator.naturalOrder()));

    private static Party party(CompanyTree tree, long id) {
        return new Party(tree.get(id).name(), tree.ultimateParent(id).name());
    }

    private Relationship relationship(
            String key,
            String[] names,
            List<Deal> deals,
            CompanyTree tree,
            Map<String, List<TieRow>> tiesByRoot,
            List<TieUp> paired) {
        List<Deal> investments = ofTypes(deals, INVESTMENT_TYPES);
        List<Deal> commitments = ofTypes(deals, COMMITMENT_TYPES);
        List<Deal> partnerships = ofTypes(deals, Set.of("PARTNERSHIP"));

        Map<String, Party> entities = new TreeMap<>(NAME_ORDER);
        deals.forEach(d -> {
            entities.put(d.payer().name(), d.payer());
            entities.put(d.payee().name(), d.payee());
        });
        List<LocalDate> dates =
                deals.stream().map(Deal::date).filter(Objects::nonNull).sorted().toList();
        Deal latest = deals.stream()
                .max(Comparator.comparing(Deal::date, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparingLong(Deal::id))
                .orElseThrow();

        return new Relationship(
                key,
                names[0],
                names[1],
                List.copyOf(entities.values()),
                dates.isEmpty() ? null : dates.getFirst(),
                dates.isEmpty() ? null : dates.getLast(),
                latest.status(),
                statedUsd(investments),
                statedUsd(commitments),
                deals.size(),
                (int) deals.stream().filter(Deal::unreviewed).count(),
                investments,
                commitments,
                partnerships,
                facts(deals, k -> k.equals("EXCLUSIVITY") || k.equals("PRIMARY_PROVIDER"), v -> true),
                facts(deals, k -> k.equals("REVENUE_SHARE"), v -> true),
                facts(deals, k -> k.equals("BOARD_SEAT") || k.equals("OBSERVER_SEAT"), v -> true),
                facts(
                        deals,
                        k -> k.equals("OTHER"),
                        v -> DISTRIBUTION.matcher(v).find()),
                facts(
                        deals,
                        k -> k.equals("OTHER"),
                        v -> !DISTRIBUTION.matcher(v).find()),
                timeline(deals),
                circularFlows(names, investments, commitments),
                pairedDeals(deals, paired),
                otherTieUps(names, tree, tiesByRoot));
    }

    private static List<Deal> ofTypes(List<Deal> deals, Set<String> types) {
        return deals.stream().filter(d -> types.contains(d.type())).toList();
    }

    /** Stated amounts in USD, without cumulative restatements and denied reports. */
    private static BigDecimal statedUsd(List<Deal> deals) {
        return plain(deals.stream()
                .filter(d -> !d.cumulative() && !"DENIED".equals(d.status()))
                .map(Deal::amount)
                .filter(a -> a != null && a.usd() != null)
                .map(Amount::usd)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private static List<TermFact> facts(
            List<Deal> deals, java.util.function.Predicate<String> kind, java.util.function.Predicate<String> value) {
        List<TermFact> facts = new ArrayList<>();
        for (Deal deal : deals) {
            for (Term term : deal.terms()) {
                if (kind.test(term.kind()) && value.test(term.value())) {
                    facts.add(new TermFact(deal.id(), deal.type(), term.kind(), term.value(), term.citation()));
                }
            }
        }
        return facts;
    }

    private static List<TimelineEvent> timeline(List<Deal> deals) {
        List<TimelineEvent> events = new ArrayList<>();
        for (Deal deal : deals) {
            String what = Formats.dealLine(deal);
            events.add(new TimelineEvent(deal.date(), deal.id(), deal.type() + " " + deal.status(), what));
            if (deal.announcedDate() != null && !deal.announcedDate().equals(deal.date())) {
                events.add(new TimelineEvent(deal.announcedDate(), deal.id(), "ANNOUNCED", what));
            }
            if (deal.closedDate() != null && !deal.closedDate().equals(deal.date())) {
                events.add(new TimelineEvent(deal.closedDate(), deal.id(), "CLOSED", what));
            }
        }
        events.sort(Comparator.comparing(TimelineEvent::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingLong(TimelineEvent::dealId)
                .thenComparing(TimelineEvent::event));
        return events;
    }

    private static List<CircularFlow> circularFlows(String[] names, List<Deal> investments, List<Deal> commitments) {
        List<CircularFlow> flows = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String investor = names[i];
            String investee = names[1 - i];
            List<Deal> out = investments.stream()
                    .filter(d -> d.type().equals("INVESTMENT") && !"DENIED".equals(d.status()) && !d.cumulative())
                    .filter(d -> d.payer().ultimateParent().equals(investor)
                            && d.payee().ultimateParent().equals(investee))
                    .toList();
            List<Deal> back = commitments.stream()
                    .filter(d -> !"DENIED".equals(d.status()) && !d.cumulative())
                    .filter(d -> d.payer().ultimateParent().equals(investee)
                            && d.payee().ultimateParent().equals(investor))
                    .toList();
            if (out.isEmpty() || back.isEmpty()) {
                continue;
            }
            BigDecimal outUsd = statedUsd(out);
            BigDecimal backUsd = statedUsd(back);
            flows.add(new CircularFlow(
                    investor,
                    investee,
                    out.stream().map(Deal::id).toList(),
                    back.stream().map(Deal::id).toList(),
                    outUsd,
                    backUsd,
                    "%s invested %s in %s (%d deal%s); %s committed %s back to %s's cloud or compute (%d deal%s)"
                            .formatted(
                                    investor,
                                    Formats.usd(outUsd),
                                    investee,
                                    out.size(),
                                    out.size() == 1 ? "" : "s",
                                    investee,
                                    Formats.usd(backUsd),
                                    investor,
                                    back.size(),
                                    back.size() == 1 ? "" : "s")));
        }
        return flows;
    }

    /** The tie-ups whose two deals are both in this relationship, oldest first, with the report's own amounts. */
    private static List<PairedDeals> pairedDeals(List<Deal> deals, List<TieUp> paired) {
        Map<Long, Deal> byId = new HashMap<>();
        deals.forEach(d -> byId.put(d.id(), d));
        List<PairedDeals> result = new ArrayList<>();
        for (TieUp tieUp : paired) {
            Deal investment = byId.get(tieUp.investment().deal().id());
            Deal commitment = byId.get(tieUp.commitment().deal().id());
            if (investment == null || commitment == null) {
                continue;
            }
            BigDecimal invested =
                    investment.amount() == null ? null : investment.amount().usd();
            BigDecimal committed =
                    commitment.amount() == null ? null : commitment.amount().usd();
            BigDecimal ratio = invested == null || committed == null || invested.signum() <= 0
                    ? null
                    : plain(committed.divide(invested, 2, java.math.RoundingMode.HALF_UP));
            result.add(new PairedDeals(
                    tieUp.investor().name(),
                    tieUp.investee().name(),
                    investment.id(),
                    commitment.id(),
                    investment.date(),
                    commitment.date(),
                    tieUp.daysApart(),
                    TieUpQuery.DEFAULT_WINDOW_MONTHS,
                    plain(invested),
                    plain(committed),
                    ratio,
                    ReportText.pairedDeals(investment, commitment, ratio)));
        }
        result.sort(Comparator.comparing(PairedDeals::investmentDate).thenComparingLong(PairedDeals::investmentDealId));
        return result;
    }

    /** For every party of the report (by ultimate parent name), its live deals in the period. */
    private Map<String, List<TieRow>> otherTies(CompanyTree tree, java.util.Collection<Long> roots, ExportScope scope) {
        if (roots.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = roots.stream().flatMap(r -> tree.group(r).stream()).toList();
        Map<String, List<TieRow>> byRoot = new HashMap<>();
        for (TieRow tie : readModel.ties(ids, scope.from(), scope.to())) {
            String payer = tree.ultimateParent(tie.payerId()).name();
            String payee = tree.ultimateParent(tie.payeeId()).name();
            if (!payer.equals(payee)) {
                byRoot.computeIfAbsent(payer, k -> new ArrayList<>()).add(tie);
                byRoot.computeIfAbsent(payee, k -> new ArrayList<>()).add(tie);
            }
        }
        return byRoot;
    }

    private static List<OtherTieUp> otherTieUps(
            String[] names, CompanyTree tree, Map<String, List<TieRow>> tiesByRoot) {
        List<OtherTieUp> result = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String party = names[i];
            String partner = names[1 - i];
            Map<String, List<TieRow>> byCounterparty = new TreeMap<>(NAME_ORDER);
            for (TieRow tie : tiesByRoot.getOrDefault(party, List.of())) {
                String payer = tree.ultimateParent(tie.payerId()).name();
                String payee = tree.ultimateParent(tie.payeeId()).name();
                String counterparty = payer.equals(party) ? payee : payer;
                if (!counterparty.equals(partner)) {
                    byCounterparty
                            .computeIfAbsent(counterparty, k -> new ArrayList<>())
                            .add(tie);
                }
            }
            byCounterparty.forEach((counterparty, ties) -> result.add(new OtherTieUp(
                    party,
                    counterparty,
                    ties.size(),
                    ties.stream().map(TieRow::type).distinct().sorted().toList(),
                    plain(ties.stream()
                            .map(TieRow::usd)
                            .filter(Objects::nonNull)
                            .reduce(BigDecimal.ZERO, BigDecimal::add)))));
        }
        return result;
    }

    /** Amounts without trailing zeros or exponent, so that 4000000000.00 prints as 4000000000. */
    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Numbers the cited documents S1, S2 … by publication date, then URL, then id. */
    private static final class Sources {
        private final Map<Long, Source> byDocument = new HashMap<>();
        private final List<Source> ordered;

        Sources(List<DocumentRow> documents) {
            List<DocumentRow> sorted = new ArrayList<>(documents);
            sorted.sort(Comparator.comparing(DocumentRow::published, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(DocumentRow::url, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparingLong(DocumentRow::id));
            List<Source> list = new ArrayList<>();
            for (DocumentRow d : sorted) {
                Source source = new Source(
                        "S" + (list.size() + 1),
                        d.id(),
                        d.title(),
                        d.url(),
                        d.publisher(),
                        d.published(),
                        d.fetchedAt() == null ? null : d.fetchedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                        d.sha256());
                list.add(source);
                byDocument.put(d.id(), source);
            }
            this.ordered = List.copyOf(list);
        }

        Citation cite(long documentId, String sentence, Integer begin, Integer end) {
            Source s = byDocument.get(documentId);
            if (s == null) {
                return null;
            }
            return new Citation(
                    s.key(),
                    documentId,
                    sentence,
                    begin,
                    end,
                    s.url(),
                    s.publisher(),
                    s.published(),
                    s.retrieved(),
                    s.sha256());
        }

        List<Source> list() {
            return ordered;
        }
    }
}
