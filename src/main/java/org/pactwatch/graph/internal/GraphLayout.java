package org.pactwatch.graph.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Node positions (x, y in 0–{@link #SIZE}) for the graph that is shown, computed on the server so that the
 * browser only draws. Deterministic and cheap at any size: every node first gets a place in its kind's
 * sector of a disc, the busiest nearest the centre; graphs up to {@link #FORCE_LIMIT} nodes (ego networks,
 * paths, filtered views) are then relaxed by a short force simulation. Larger graphs keep the sector
 * layout: a force layout of 2,000 nodes took seconds on the server and a hairball is no easier to read.
 */
public final class GraphLayout {

    public static final double SIZE = 1000;
    static final int FORCE_LIMIT = 250;

    private static final double MARGIN = 20;
    private static final double GOLDEN_ANGLE_TURNS = 0.381966;
    private static final int ITERATIONS = 80;

    private GraphLayout() {}

    public record Link(long a, long b) {}

    /** A node to place: its kind (sector) and deal volume (distance from the centre). */
    public record Placed(long id, String kind, double volume) {}

    public record Point(double x, double y) {}

    public static Map<Long, Point> positions(List<Placed> nodes, Collection<Link> links) {
        double[][] xy = sectors(nodes);
        if (nodes.size() > 1 && nodes.size() <= FORCE_LIMIT) {
            relax(nodes, links, xy);
        }
        fit(xy);
        Map<Long, Point> positions = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            positions.put(nodes.get(i).id(), new Point(xy[i][0], xy[i][1]));
        }
        return positions;
    }

    /**
     * Kinds get sectors in proportion to their node count; within one, nodes spiral out by falling volume
     * (golden-angle steps spread them evenly; the square root keeps the density even).
     */
    private static double[][] sectors(List<Placed> nodes) {
        Map<String, List<Integer>> byKind = new LinkedHashMap<>();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> nodes.get(i).kind())
                .thenComparing(i -> -nodes.get(i).volume())
                .thenComparing(i -> nodes.get(i).id()));
        for (int i : order) {
            byKind.computeIfAbsent(nodes.get(i).kind(), k -> new ArrayList<>()).add(i);
        }
        double[][] xy = new double[nodes.size()][2];
        double start = 0;
        for (List<Integer> members : byKind.values()) {
            double width = 2 * Math.PI * members.size() / nodes.size();
            for (int rank = 0; rank < members.size(); rank++) {
                double radius = Math.sqrt((rank + 0.5) / members.size());
                double turn = (rank * GOLDEN_ANGLE_TURNS) % 1.0;
                double angle = start + width * (0.1 + 0.8 * turn);
                xy[members.get(rank)][0] = radius * Math.cos(angle);
                xy[members.get(rank)][1] = radius * Math.sin(angle);
            }
            start += width;
        }
        return xy;
    }

    /** Fruchterman–Reingold on the unit disc with a falling temperature, all pairs (small graphs only). */
    private static void relax(List<Placed> nodes, Collection<Link> links, double[][] xy) {
        int n = nodes.size();
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(nodes.get(i).id(), i);
        }
        List<int[]> pairs = new ArrayList<>();
        for (Link link : links) {
            Integer a = index.get(link.a());
            Integer b = index.get(link.b());
            if (a != null && b != null && !a.equals(b)) {
                pairs.add(new int[] {a, b});
            }
        }
        double k = Math.sqrt(4.0 / n);
        double[][] shift = new double[n][2];
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            double temperature = 0.2 * (1 - (double) iteration / ITERATIONS) + 0.005;
            for (double[] s : shift) {
                s[0] = 0;
                s[1] = 0;
            }
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double dx = xy[i][0] - xy[j][0];
                    double dy = xy[i][1] - xy[j][1];
                    double d2 = Math.max(dx * dx + dy * dy, 1e-6);
                    double f = k * k / d2;
                    shift[i][0] += dx * f;
                    shift[i][1] += dy * f;
                    shift[j][0] -= dx * f;
                    shift[j][1] -= dy * f;
                }
            }
            for (int[] pair : pairs) {
                double dx = xy[pair[0]][0] - xy[pair[1]][0];
                double dy = xy[pair[0]][1] - xy[pair[1]][1];
                double f = Math.sqrt(dx * dx + dy * dy) / k;
                shift[pair[0]][0] -= dx * f;
                shift[pair[0]][1] -= dy * f;
                shift[pair[1]][0] += dx * f;
                shift[pair[1]][1] += dy * f;
            }
            for (int i = 0; i < n; i++) {
                // a weak pull to the centre keeps unconnected parts from drifting off
                shift[i][0] -= xy[i][0] * k;
                shift[i][1] -= xy[i][1] * k;
                double length = Math.sqrt(shift[i][0] * shift[i][0] + shift[i][1] * shift[i][1]);
                if (length > 0) {
                    double step = Math.min(length, temperature) / length;
                    xy[i][0] += shift[i][0] * step;
                    xy[i][1] += shift[i][1] * step;
                }
            }
        }
    }

    /** Scales and centres the positions into the drawing box, keeping the aspect ratio. */
    private static void fit(double[][] xy) {
        if (xy.length == 0) {
            return;
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (double[] p : xy) {
            minX = Math.min(minX, p[0]);
            maxX = Math.max(maxX, p[0]);
            minY = Math.min(minY, p[1]);
            maxY = Math.max(maxY, p[1]);
        }
        double span = Math.max(Math.max(maxX - minX, maxY - minY), 1e-9);
        double scale = (SIZE - 2 * MARGIN) / span;
        double offsetX = (SIZE - (maxX - minX) * scale) / 2;
        double offsetY = (SIZE - (maxY - minY) * scale) / 2;
        for (double[] p : xy) {
            p[0] = Math.clamp(offsetX + (p[0] - minX) * scale, 0, SIZE);
            p[1] = Math.clamp(offsetY + (p[1] - minY) * scale, 0, SIZE);
        }
    }
}
