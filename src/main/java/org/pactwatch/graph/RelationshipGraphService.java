package org.pactwatch.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.traverse.BreadthFirstIterator;
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
 * The company relationship graph: filtered, optionally rolled up, whole or as an ego network or path. The
 * summed edges of a filter, the graph built from them and each answer are kept per data version.
 */
@Service
public class RelationshipGraphService {

    private final DealReadModel readModel;
    private final VersionedCache structures = new VersionedCache(4);
    private final VersionedCache answers = new VersionedCache(16);

    RelationshipGraphService(DealReadModel readModel) {
        this.readModel = readModel;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(TimelineService.READERS)
    public CompanyGraph graph(GraphQuery query) {
        long version = readModel.version();
        return answers.get(version, query, () -> answer(version, query));
    }

    private CompanyGraph answer(long version, GraphQuery query) {
        CompanyDirectory directory = readModel.companies(version);
        EdgeFilter filter = new EdgeFilter(query.types(), query.from(), query.to(), query.minUsd());
        Structure structure = structures.get(
                version,
                List.of(filter, query.rollUp()),
                () -> structure(readModel.edges(version, filter), directory, query.rollUp()));
        List<CompanyGraph.Edge> edges = structure.edges();
        List<Long> path = List.of();
        Set<Long> keep;
        if (query.wantsPath()) {
            path = shortestPath(
                    structure.undirected(),
                    node(query.pathFrom(), directory, query),
                    node(query.pathTo(), directory, query));
            keep = new HashSet<>(path);
            List<Long> onPath = path;
            edges = edges.stream().filter(e -> consecutive(onPath, e)).toList();
        } else if (query.egoId() != null) {
            keep = ego(structure.undirected(), node(query.egoId(), directory, query), query.depth());
            edges = edges.stream()
                    .filter(e -> keep.contains(e.source()) && keep.contains(e.target()))
                    .toList();
        } else {
            keep = structure.undirected().vertexSet();
        }
        return new CompanyGraph(nodes(keep, edges, directory), edges, path);
    }

    /** The merged edges of one filter and roll-up, with the undirected graph that ego and path walk. */
    private record Structure(List<CompanyGraph.Edge> edges, Graph<Long, DefaultEdge> undirected) {}

    private static Structure structure(List<EdgeAggregate> aggregates, CompanyDirectory directory, boolean rollUp) {
        List<CompanyGraph.Edge> edges = edges(aggregates, directory, rollUp);
        Graph<Long, DefaultEdge> undirected = new SimpleGraph<>(DefaultEdge.class);
        for (CompanyGraph.Edge edge : edges) {
            undirected.addVertex(edge.source());
            undirected.addVertex(edge.target());
            undirected.addEdge(edge.source(), edge.target());
        }
        return new Structure(edges, undirected);
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

    private static java.time.LocalDate min(java.time.LocalDate a, java.time.LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    private static java.time.LocalDate max(java.time.LocalDate a, java.time.LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    private static List<Long> shortestPath(Graph<Long, DefaultEdge> undirected, long from, long to) {
        if (!undirected.containsVertex(from) || !undirected.containsVertex(to)) {
            return List.of();
        }
        if (from == to) {
            return List.of(from);
        }
        GraphPath<Long, DefaultEdge> path = new BFSShortestPath<>(undirected).getPath(from, to);
        return path == null ? List.of() : path.getVertexList();
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

    private static Set<Long> ego(Graph<Long, DefaultEdge> undirected, long center, int depth) {
        Set<Long> keep = new HashSet<>();
        if (!undirected.containsVertex(center)) {
            return keep;
        }
        BreadthFirstIterator<Long, DefaultEdge> bfs = new BreadthFirstIterator<>(undirected, center);
        while (bfs.hasNext()) {
            Long next = bfs.next();
            if (bfs.getDepth(next) > depth) {
                break;
            }
            keep.add(next);
        }
        return keep;
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
