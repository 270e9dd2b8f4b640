package org.pactwatch.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.pactwatch.graph.internal.CompanyDirectory;
import org.pactwatch.graph.internal.DealReadModel;
import org.pactwatch.graph.internal.DealReadModel.EdgeAggregate;
import org.pactwatch.graph.internal.DealReadModel.EdgeFilter;
import org.pactwatch.graph.internal.GraphLayout;
import org.pactwatch.graph.internal.GraphMlWriter;
import org.pactwatch.graph.internal.VersionedCache;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The company relationship graph: filtered, optionally rolled up, whole or as an ego network or path. An
 * ego network or path reads only the neighbourhoods it walks; the whole graph's summed edges per filter
 * and every answer are kept per data version.
 */
@Service
public class RelationshipGraphService {

    /** How far back the "most connected" start view looks from the newest deal. */
    public static final int RECENT_YEARS = 2;

    private final DealReadModel readModel;
    // few entries: an unfiltered graph at 100,000 deals holds ~90,000 edges
    private final VersionedCache answers = new VersionedCache(8);

    RelationshipGraphService(DealReadModel readModel) {
        this.readModel = readModel;
    }

    /** The company relationship graph the query asks for. */
    @Transactional(readOnly = true)
    @PreAuthorize(TimelineService.READERS)
    public CompanyGraph graph(GraphQuery query) {
        long version = readModel.version();
        return answers.get(version, query, () -> answer(version, query));
    }

    private CompanyGraph answer(long version, GraphQuery query) {
        CompanyDirectory directory = readModel.companies(version);
        EdgeFilter filter = new EdgeFilter(query.types(), query.from(), query.to(), query.minUsd());
        boolean rollUp = query.rollUp();
        if (query.wantsPath()) {
            List<Long> path = shortestPath(
                    node(query.pathFrom(), directory, query),
                    node(query.pathTo(), directory, query),
                    filter,
                    directory,
                    rollUp);
            List<CompanyGraph.Edge> edges = around(path, filter, directory, rollUp).stream()
                    .filter(e -> consecutive(path, e))
                    .toList();
            return new CompanyGraph(nodes(new HashSet<>(path), edges, directory), edges, path);
        }
        if (query.egoId() != null) {
            Set<Long> keep = ego(node(query.egoId(), directory, query), query.depth(), filter, directory, rollUp);
            List<CompanyGraph.Edge> edges = around(keep, filter, directory, rollUp);
            return new CompanyGraph(nodes(keep, edges, directory), edges, List.of());
        }
        if (query.wantsMostConnected()) {
            filter = recent(filter, version);
        }
        List<CompanyGraph.Edge> edges = edges(readModel.edges(version, filter), directory, rollUp);
        if (query.wantsMostConnected()) {
            edges = amongMostConnected(edges, query.mostConnected());
        }
        Set<Long> keep = new HashSet<>();
        for (CompanyGraph.Edge edge : edges) {
            keep.add(edge.source());
            keep.add(edge.target());
        }
        return new CompanyGraph(nodes(keep, edges, directory), edges, List.of());
    }

    /**
     * Where the "most connected" start view begins: {@value #RECENT_YEARS} years before the newest live deal (or
     * before {@code to}, when that is earlier); empty when no deal has a date.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(TimelineService.READERS)
    public Optional<LocalDate> recentSince(LocalDate to) {
        return since(to, readModel.version());
    }

    private Optional<LocalDate> since(LocalDate to, long version) {
        return readModel
                .newestDealDate(version)
                .map(newest -> to != null && to.isBefore(newest) ? to : newest)
                .map(end -> end.minusYears(RECENT_YEARS));
    }

    /** The live deals of one company (with its subsidiaries when rolling up) that the query's filters keep. */
    @Transactional(readOnly = true)
    @PreAuthorize(TimelineService.READERS)
    public List<DealLink> dealsOf(long companyId, GraphQuery query) {
        CompanyDirectory directory = readModel.companies(readModel.version());
        Set<Long> members = directory.members(Set.of(node(companyId, directory, query)), query.rollUp());
        return readModel.dealsOf(members, false, query.from(), query.to(), directory).stream()
                .filter(d -> query.types().isEmpty() || query.types().contains(d.type()))
                .filter(d -> query.minUsd() <= 0 || d.amountUsd() != null && d.amountUsd() >= query.minUsd())
                .toList();
    }

    /** The filter narrowed to the two years up to the newest deal (or its own end). */
    private EdgeFilter recent(EdgeFilter filter, long version) {
        Optional<LocalDate> since = since(filter.to(), version);
        if (since.isEmpty() || filter.from() != null && filter.from().isAfter(since.get())) {
            return filter;
        }
        return new EdgeFilter(filter.types(), since.get(), filter.to(), filter.minUsd());
    }

    /**
     * The edges among the {@code n} companies with the most distinct counterparties (then the most volume, then
     * the lowest id, so that the choice is stable).
     */
    private static List<CompanyGraph.Edge> amongMostConnected(List<CompanyGraph.Edge> edges, int n) {
        Map<Long, Set<Long>> counterparties = new HashMap<>();
        Map<Long, Double> volume = new HashMap<>();
        for (CompanyGraph.Edge edge : edges) {
            counterparties.computeIfAbsent(edge.source(), k -> new HashSet<>()).add(edge.target());
            counterparties.computeIfAbsent(edge.target(), k -> new HashSet<>()).add(edge.source());
            volume.merge(edge.source(), edge.usd(), Double::sum);
            volume.merge(edge.target(), edge.usd(), Double::sum);
        }
        if (counterparties.size() <= n) {
            return edges;
        }
        Set<Long> kept = counterparties.keySet().stream()
                .sorted(Comparator.comparingInt(
                                (Long id) -> -counterparties.get(id).size())
                        .thenComparing(id -> -volume.get(id))
                        .thenComparing(id -> id))
                .limit(n)
                .collect(Collectors.toSet());
        return edges.stream()
                .filter(e -> kept.contains(e.source()) && kept.contains(e.target()))
                .toList();
    }

    /** The edges among the given nodes, read for them alone. */
    private List<CompanyGraph.Edge> around(
            Collection<Long> nodes, EdgeFilter filter, CompanyDirectory directory, boolean rollUp) {
        return edges(readModel.edgesAmong(directory.members(nodes, rollUp), filter), directory, rollUp);
    }

    /**
     * Nodes within {@code depth} steps of {@code center}, edge direction ignored, walked breadth first in the
     * database one ring at a time; empty when the center has no edge at all.
     */
    private Set<Long> ego(long center, int depth, EdgeFilter filter, CompanyDirectory directory, boolean rollUp) {
        Set<Long> keep = new HashSet<>(List.of(center));
        Set<Long> ring = Set.of(center);
        for (int step = 0; step < depth && !ring.isEmpty(); step++) {
            Set<Long> next = new HashSet<>();
            for (Map.Entry<Long, Long> link : neighbours(ring, filter, directory, rollUp)) {
                if (keep.add(link.getValue())) {
                    next.add(link.getValue());
                }
            }
            ring = next;
        }
        return keep.size() == 1 ? Set.of() : keep;
    }

    /** Edges (from a node of {@code ring}, to a node next to it) after the filter, one entry per edge. */
    private List<Map.Entry<Long, Long>> neighbours(
            Set<Long> ring, EdgeFilter filter, CompanyDirectory directory, boolean rollUp) {
        List<Map.Entry<Long, Long>> neighbours = new ArrayList<>();
        for (long[] link : readModel.links(directory.members(ring, rollUp), filter)) {
            long payer = directory.nodeOf(link[0], rollUp);
            long payee = directory.nodeOf(link[1], rollUp);
            if (payer == payee) {
                continue;
            }
            if (ring.contains(payer)) {
                neighbours.add(Map.entry(payer, payee));
            }
            if (ring.contains(payee)) {
                neighbours.add(Map.entry(payee, payer));
            }
        }
        return neighbours;
    }

    /**
     * A shortest path, edge direction ignored: a breadth-first walk from both ends in the database, always
     * widening the smaller side by one whole ring, so that only the neighbourhoods of the two are read.
     */
    private List<Long> shortestPath(long from, long to, EdgeFilter filter, CompanyDirectory directory, boolean rollUp) {
        Map<Long, Long> fromSide = new HashMap<>();
        Map<Long, Long> toSide = new HashMap<>();
        Map<Long, Integer> fromDistance = new HashMap<>(Map.of(from, 0));
        Map<Long, Integer> toDistance = new HashMap<>(Map.of(to, 0));
        Set<Long> fromRing = Set.of(from);
        Set<Long> toRing = Set.of(to);
        boolean fromHasEdges = false;
        while (!fromRing.isEmpty() && !toRing.isEmpty()) {
            boolean widenFrom = fromRing.size() <= toRing.size();
            Set<Long> ring = widenFrom ? fromRing : toRing;
            Map<Long, Long> parents = widenFrom ? fromSide : toSide;
            Map<Long, Integer> distance = widenFrom ? fromDistance : toDistance;
            Map<Long, Integer> otherDistance = widenFrom ? toDistance : fromDistance;
            Set<Long> next = new HashSet<>();
            Long meeting = null;
            for (Map.Entry<Long, Long> link : neighbours(ring, filter, directory, rollUp)) {
                long near = link.getKey();
                long far = link.getValue();
                if (widenFrom) {
                    fromHasEdges = true;
                }
                if (!distance.containsKey(far)) {
                    distance.put(far, distance.get(near) + 1);
                    parents.put(far, near);
                    next.add(far);
                }
                if (otherDistance.containsKey(far)
                        && (meeting == null || otherDistance.get(far) < otherDistance.get(meeting))
                        && distance.get(far) == distance.get(near) + 1) {
                    meeting = far;
                }
            }
            if (from == to) {
                return fromHasEdges ? List.of(from) : List.of();
            }
            if (meeting != null) {
                return join(meeting, fromSide, toSide);
            }
            if (widenFrom) {
                fromRing = next;
            } else {
                toRing = next;
            }
        }
        return List.of();
    }

    /** The path from one end to the meeting node, then on to the other end. */
    private static List<Long> join(long meeting, Map<Long, Long> fromSide, Map<Long, Long> toSide) {
        List<Long> path = new ArrayList<>();
        for (Long node = meeting; node != null; node = fromSide.get(node)) {
            path.addFirst(node);
        }
        for (Long node = toSide.get(meeting); node != null; node = toSide.get(node)) {
            path.add(node);
        }
        return List.copyOf(path);
    }

    /** The graph as GraphML, for Gephi-style tools. */
    public String graphMl(CompanyGraph graph) {
        return GraphMlWriter.write(graph);
    }

    private static long node(long companyId, CompanyDirectory directory, GraphQuery query) {
        return directory.nodeOf(companyId, query.rollUp());
    }

    private static List<CompanyGraph.Edge> edges(
            List<EdgeAggregate> aggregates, CompanyDirectory directory, boolean rollUp) {
        record Key(long source, long target, String type) {}
        Map<Key, CompanyGraph.Edge> merged = new LinkedHashMap<>();
        for (EdgeAggregate aggregate : aggregates) {
            long source = directory.nodeOf(aggregate.payerId(), rollUp);
            long target = directory.nodeOf(aggregate.payeeId(), rollUp);
            if (source == target) {
                continue; // a parent paying its own subsidiary is no relationship between companies
            }
            CompanyGraph.Edge edge = new CompanyGraph.Edge(
                    source,
                    target,
                    aggregate.type(),
                    aggregate.deals(),
                    aggregate.usd(),
                    aggregate.first(),
                    aggregate.last());
            merged.merge(new Key(source, target, aggregate.type()), edge, RelationshipGraphService::sum);
        }
        return List.copyOf(merged.values());
    }

    private static CompanyGraph.Edge sum(CompanyGraph.Edge a, CompanyGraph.Edge b) {
        return new CompanyGraph.Edge(
                a.source(),
                a.target(),
                a.type(),
                a.deals() + b.deals(),
                a.usd() + b.usd(),
                min(a.first(), b.first()),
                max(a.last(), b.last()));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    private static boolean consecutive(List<Long> path, CompanyGraph.Edge edge) {
        for (int i = 0; i + 1 < path.size(); i++) {
            long a = path.get(i);
            long b = path.get(i + 1);
            if (edge.source() == a && edge.target() == b || edge.source() == b && edge.target() == a) {
                return true;
            }
        }
        return false;
    }

    private static List<CompanyGraph.Node> nodes(
            Set<Long> ids, List<CompanyGraph.Edge> edges, CompanyDirectory directory) {
        Map<Long, double[]> volume = new HashMap<>();
        List<GraphLayout.Link> links = new ArrayList<>(edges.size());
        for (CompanyGraph.Edge edge : edges) {
            for (long end : new long[] {edge.source(), edge.target()}) {
                double[] v = volume.computeIfAbsent(end, k -> new double[2]);
                v[0] += edge.usd();
                v[1] += edge.deals();
            }
            links.add(new GraphLayout.Link(edge.source(), edge.target()));
        }
        List<GraphLayout.Placed> shown = ids.stream()
                .sorted()
                .map(id ->
                        new GraphLayout.Placed(id, directory.ref(id).kind(), volume.getOrDefault(id, new double[2])[0]))
                .toList();
        Map<Long, GraphLayout.Point> positions = GraphLayout.positions(shown, links);
        List<CompanyGraph.Node> nodes = new ArrayList<>(shown.size());
        for (GraphLayout.Placed placed : shown) {
            CompanyRef ref = directory.ref(placed.id());
            double[] v = volume.getOrDefault(placed.id(), new double[2]);
            GraphLayout.Point p = positions.get(placed.id());
            nodes.add(new CompanyGraph.Node(
                    placed.id(),
                    ref.name(),
                    ref.kind(),
                    v[0],
                    (int) v[1],
                    Math.round(p.x() * 10) / 10.0,
                    Math.round(p.y() * 10) / 10.0));
        }
        return List.copyOf(nodes);
    }
}
