package org.pactwatch.graph.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GraphLayoutTest {

    private static final List<String> KINDS = List.of("BIG_TECH", "AI_LAB", "CLOUD", "CHIP_MAKER");

    @Test
    void placesEveryNodeInsideTheBoxAtDistinctPointsTheSameWayEachTime() {
        for (int size : new int[] {1, 2, 12, GraphLayout.FORCE_LIMIT, 2_000}) {
            List<GraphLayout.Placed> nodes = nodes(size);
            List<GraphLayout.Link> links = links(size);

            Map<Long, GraphLayout.Point> positions = GraphLayout.positions(nodes, links);

            assertThat(positions).hasSize(size);
            assertThat(positions.values()).allSatisfy(p -> {
                assertThat(p.x()).isBetween(0.0, GraphLayout.SIZE);
                assertThat(p.y()).isBetween(0.0, GraphLayout.SIZE);
            });
            Set<String> distinct = new HashSet<>();
            positions.values().forEach(p -> distinct.add(Math.round(p.x() * 10) + ":" + Math.round(p.y() * 10)));
            assertThat(distinct).as("no two nodes on one spot").hasSize(size);
            assertThat(GraphLayout.positions(nodes, links)).isEqualTo(positions);
        }
    }

    @Test
    void connectedNodesOfASmallGraphEndUpCloserThanUnconnectedOnes() {
        // two triangles joined by nothing: each triangle's members should sit together
        List<GraphLayout.Placed> nodes = nodes(6);
        List<GraphLayout.Link> links = List.of(
                new GraphLayout.Link(0, 1),
                new GraphLayout.Link(1, 2),
                new GraphLayout.Link(2, 0),
                new GraphLayout.Link(3, 4),
                new GraphLayout.Link(4, 5),
                new GraphLayout.Link(5, 3));

        Map<Long, GraphLayout.Point> p = GraphLayout.positions(nodes, links);

        double within = distance(p.get(0L), p.get(1L)) + distance(p.get(3L), p.get(4L));
        double across = distance(p.get(0L), p.get(3L)) + distance(p.get(1L), p.get(4L));
        assertThat(within).isLessThan(across);
    }

    private static List<GraphLayout.Placed> nodes(int size) {
        List<GraphLayout.Placed> nodes = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            nodes.add(new GraphLayout.Placed(i, KINDS.get(i % KINDS.size()), 1e9 / (1 + i)));
        }
        return nodes;
    }

    private static List<GraphLayout.Link> links(int size) {
        List<GraphLayout.Link> links = new ArrayList<>();
        for (int i = 1; i < size; i++) {
            links.add(new GraphLayout.Link(i, (i * 7L) % i));
            links.add(new GraphLayout.Link(i, i / 2));
        }
        return links;
    }

    private static double distance(GraphLayout.Point a, GraphLayout.Point b) {
        return Math.hypot(a.x() - b.x(), a.y() - b.y());
    }
}
