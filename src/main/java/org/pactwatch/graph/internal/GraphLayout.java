package org.pactwatch.graph.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.IndexedFRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * Force-directed positions (Fruchterman–Reingold with a Barnes–Hut quadtree, JGraphT) computed once on
 * the server: the browser then only draws, which keeps a 2,000-node graph fast. Seeded, so the same graph
 * always gets the same picture.
 */
public final class GraphLayout {

    public static final double SIZE = 1000;

    private GraphLayout() {}

    public record Link(long a, long b) {}

    public static Map<Long, Point2D> positions(Collection<Long> nodes, Collection<Link> links) {
        Graph<Long, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        nodes.forEach(graph::addVertex);
        for (Link link : links) {
            if (link.a() != link.b() && graph.containsVertex(link.a()) && graph.containsVertex(link.b())) {
                graph.addEdge(link.a(), link.b());
            }
        }
        MapLayoutModel2D<Long> model = new MapLayoutModel2D<>(Box2D.of(SIZE, SIZE));
        int iterations = nodes.size() > 500 ? 60 : 150;
        new IndexedFRLayoutAlgorithm2D<Long, DefaultEdge>(
                        iterations, IndexedFRLayoutAlgorithm2D.DEFAULT_THETA_FACTOR, 1.0, new Random(42))
                .layout(graph, model);
        Map<Long, Point2D> positions = new HashMap<>();
        for (Long node : nodes) {
            positions.put(node, model.get(node));
        }
        return positions;
    }
}
