package org.pactwatch.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleDirectedGraph;
import org.pactwatch.graph.internal.CompanyDirectory;
import org.pactwatch.graph.internal.DealReadModel;
import org.pactwatch.graph.internal.DealReadModel.EdgeAggregate;
import org.pactwatch.graph.internal.DealReadModel.EdgeFilter;
import org.pactwatch.graph.internal.LoopFinder;
import org.pactwatch.graph.internal.VersionedCache;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Circular deals: cycles in the money-flow graph (investments, cloud commitments, acquisitions, supply;
 * payer → payee, subsidiaries rolled up into their parents) that contain at least one investment and at
 * least one commitment to spend (cloud or supply) — money that goes out as an investment and comes back
 * as revenue.
 */
@Service
public class MoneyLoopService {

    public static final int MAX_LENGTH = 4;
    public static final int MAX_LOOPS = 200;

    private static final Set<String> SPENDING = Set.of(DealTypes.CLOUD_COMMITMENT, DealTypes.SUPPLY);

    private final DealReadModel readModel;
    private final VersionedCache flowGraphs = new VersionedCache(4);
    private final VersionedCache answers = new VersionedCache(8);

    MoneyLoopService(DealReadModel readModel) {
        this.readModel = readModel;
    }

    /** All loops of 2 to {@link #MAX_LENGTH} companies whose deals are at least {@code minUsd} each. */
    @Transactional(readOnly = true)
    @PreAuthorize(TimelineService.READERS)
    public MoneyLoops loops(double minUsd) {
        long version = readModel.version();
        return answers.get(version, minUsd, () -> search(version, minUsd));
    }

    private MoneyLoops search(long version, double minUsd) {
        CompanyDirectory directory = readModel.companies(version);
        FlowGraph flows = flows(version, directory, minUsd);
        LoopFinder.Result found = LoopFinder.find(flows.graph(), MAX_LENGTH, MAX_LOOPS, flows.flows()::isMoneyLoop);
        List<MoneyLoop> loops = new ArrayList<>();
        for (List<Long> cycle : found.cycles()) {
            loops.add(loop(cycle, flows.flows(), directory, Map.of()));
        }
        loops.sort(Comparator.comparingDouble(MoneyLoop::totalUsd).reversed().thenComparing(MoneyLoop::key));
        return new MoneyLoops(List.copyOf(loops), found.truncated());
    }

    /** One loop with its deals, by company ids in loop order (any rotation); empty if it is no loop. */
    @Transactional(readOnly = true)
    @PreAuthorize(TimelineService.READERS)
    public Optional<MoneyLoop> loop(List<Long> companyIds) {
        if (companyIds.size() < 2 || companyIds.size() > MAX_LENGTH) {
            return Optional.empty();
        }
        long version = readModel.version();
        CompanyDirectory directory = readModel.companies(version);
        List<Long> cycle =
                companyIds.stream().map(id -> directory.nodeOf(id, true)).toList();
        if (new TreeSet<>(cycle).size() != cycle.size()) {
            return Optional.empty();
        }
        // only the legs are read (with their deals), not the whole money-flow graph
        Map<List<Long>, Flow> flows = new HashMap<>();
        Map<List<Long>, List<DealLink>> deals = new HashMap<>();
        for (int i = 0; i < cycle.size(); i++) {
            long from = cycle.get(i);
            long to = cycle.get((i + 1) % cycle.size());
            List<DealLink> leg = readModel
                    .dealsFromTo(
                            directory.expand(List.of(from), true),
                            directory.expand(List.of(to), true),
                            DealTypes.MONEY_FLOWS,
                            directory)
                    .stream()
                    .filter(d -> directory.nodeOf(d.payer().id(), true) == from
                            && directory.nodeOf(d.payee().id(), true) == to)
                    .toList();
            if (leg.isEmpty()) {
                return Optional.empty();
            }
            Flow flow = new Flow();
            leg.forEach(flow::add);
            flows.put(List.of(from, to), flow);
            deals.put(List.of(from, to), leg);
        }
        Flows legs = new Flows(flows);
        if (!legs.isMoneyLoop(cycle)) {
            return Optional.empty();
        }
        return Optional.of(loop(LoopFinder.rotate(cycle), legs, directory, deals));
    }

    private MoneyLoop loop(
            List<Long> cycle, Flows flows, CompanyDirectory directory, Map<List<Long>, List<DealLink>> deals) {
        List<CompanyRef> companies = cycle.stream().map(directory::ref).toList();
        List<MoneyLoop.Leg> legs = new ArrayList<>();
        for (int i = 0; i < cycle.size(); i++) {
            long from = cycle.get(i);
            long to = cycle.get((i + 1) % cycle.size());
            Flow flow = flows.flow(from, to);
            legs.add(new MoneyLoop.Leg(
                    directory.ref(from),
                    directory.ref(to),
                    List.copyOf(flow.types),
                    flow.deals,
                    flow.usd,
                    flow.first,
                    flow.last,
                    deals.getOrDefault(List.of(from, to), List.of())));
        }
        return new MoneyLoop(companies, legs);
    }

    /** The money-flow graph of deals of at least {@code minUsd}, built once per data version. */
    private FlowGraph flows(long version, CompanyDirectory directory, double minUsd) {
        return flowGraphs.get(version, minUsd, () -> buildFlows(version, directory, minUsd));
    }

    private FlowGraph buildFlows(long version, CompanyDirectory directory, double minUsd) {
        List<EdgeAggregate> aggregates =
                readModel.edges(version, new EdgeFilter(Set.copyOf(DealTypes.MONEY_FLOWS), null, null, minUsd));
        Graph<Long, DefaultEdge> graph = new SimpleDirectedGraph<>(DefaultEdge.class);
        Map<List<Long>, Flow> flows = new HashMap<>();
        for (EdgeAggregate aggregate : aggregates) {
            long from = directory.nodeOf(aggregate.payerId(), true);
            long to = directory.nodeOf(aggregate.payeeId(), true);
            if (from == to) {
                continue;
            }
            graph.addVertex(from);
            graph.addVertex(to);
            graph.addEdge(from, to);
            flows.computeIfAbsent(List.of(from, to), k -> new Flow()).add(aggregate);
        }
        return new FlowGraph(graph, new Flows(flows));
    }

    /** The money-flow graph with what flows along each edge. */
    private record FlowGraph(Graph<Long, DefaultEdge> graph, Flows flows) {}

    /** What flows from one company to the next, per directed pair of companies. */
    private record Flows(Map<List<Long>, Flow> byEdge) {

        Flow flow(long from, long to) {
            return byEdge.get(List.of(from, to));
        }

        boolean isMoneyLoop(List<Long> cycle) {
            boolean invests = false;
            boolean spends = false;
            for (int i = 0; i < cycle.size(); i++) {
                Flow flow = flow(cycle.get(i), cycle.get((i + 1) % cycle.size()));
                invests |= flow.types.contains(DealTypes.INVESTMENT);
                spends |= flow.types.stream().anyMatch(SPENDING::contains);
            }
            return invests && spends;
        }
    }

    /** Deals from one company to another, summed over types. */
    private static final class Flow {
        final Set<String> types = new TreeSet<>();
        int deals;
        double usd;
        LocalDate first;
        LocalDate last;

        void add(EdgeAggregate aggregate) {
            add(aggregate.type(), aggregate.deals(), aggregate.usd(), aggregate.first(), aggregate.last());
        }

        void add(DealLink deal) {
            add(deal.type(), 1, deal.usdOrZero(), deal.dealDate(), deal.dealDate());
        }

        private void add(String type, int count, double amount, LocalDate earliest, LocalDate latest) {
            types.add(type);
            deals += count;
            usd += amount;
            if (earliest != null && (first == null || earliest.isBefore(first))) {
                first = earliest;
            }
            if (latest != null && (last == null || latest.isAfter(last))) {
                last = latest;
            }
        }
    }
}
