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
        LoopFinder.Result found = LoopFinder.find(flows.graph(), MAX_LENGTH, MAX_LOOPS, flows::isMoneyLoop);
        List<MoneyLoop> loops = new ArrayList<>();
        for (List<Long> cycle : found.cycles()) {
            loops.add(loop(cycle, flows, directory, false));
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
        FlowGraph flows = flows(version, directory, 0);
        for (int i = 0; i < cycle.size(); i++) {
            if (!flows.graph().containsVertex(cycle.get(i))
                    || !flows.graph().containsEdge(cycle.get(i), cycle.get((i + 1) % cycle.size()))) {
                return Optional.empty();
            }
        }
        if (!flows.isMoneyLoop(cycle)) {
            return Optional.empty();
        }
        return Optional.of(loop(LoopFinder.rotate(cycle), flows, directory, true));
    }

    private MoneyLoop loop(List<Long> cycle, FlowGraph flows, CompanyDirectory directory, boolean withDeals) {
        List<CompanyRef> companies = cycle.stream().map(directory::ref).toList();
        List<MoneyLoop.Leg> legs = new ArrayList<>();
        for (int i = 0; i < cycle.size(); i++) {
            long from = cycle.get(i);
            long to = cycle.get((i + 1) % cycle.size());
            Flow flow = flows.flow(from, to);
            List<DealLink> deals = withDeals
                    ? readModel.dealsFromTo(
                            directory.expand(List.of(from), true),
                            directory.expand(List.of(to), true),
                            DealTypes.MONEY_FLOWS,
                            directory)
                    : List.of();
            legs.add(new MoneyLoop.Leg(
                    directory.ref(from),
                    directory.ref(to),
                    List.copyOf(flow.types),
                    flow.deals,
                    flow.usd,
                    flow.first,
                    flow.last,
                    deals));
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
        return new FlowGraph(graph, flows);
    }

    /** The money-flow graph with what flows along each edge. */
    private record FlowGraph(Graph<Long, DefaultEdge> graph, Map<List<Long>, Flow> flows) {

        Flow flow(long from, long to) {
            return flows.get(List.of(from, to));
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
            types.add(aggregate.type());
            deals += aggregate.deals();
            usd += aggregate.usd();
            if (aggregate.first() != null && (first == null || aggregate.first().isBefore(first))) {
                first = aggregate.first();
            }
            if (aggregate.last() != null && (last == null || aggregate.last().isAfter(last))) {
                last = aggregate.last();
            }
        }
    }
}
