package org.pactwatch.graph.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jgrapht.Graph;
import org.jgrapht.alg.cycle.HawickJamesSimpleCycles;
import org.jgrapht.graph.DefaultEdge;

/**
 * Simple directed cycles up to a length, with JGraphT (Hawick–James), stopping after a number of cycles
 * so that a dense graph cannot keep a request busy.
 */
public final class LoopFinder {

    public record Result(List<List<Long>> cycles, boolean truncated) {}

    private LoopFinder() {}

    /**
     * Cycles of 2 to {@code maxLength} nodes that {@code accept} keeps, each rotated to start at its smallest
     * node; at most {@code limit} accepted and {@code limit * 50} examined.
     */
    public static Result find(Graph<Long, DefaultEdge> graph, int maxLength, int limit, Predicate<List<Long>> accept) {
        List<List<Long>> cycles = new ArrayList<>();
        HawickJamesSimpleCycles<Long, DefaultEdge> finder = new HawickJamesSimpleCycles<>(graph);
        finder.setPathLimit(maxLength);
        int[] examined = {0};
        try {
            finder.findSimpleCycles(cycle -> {
                if (cycle.size() < 2 || cycle.size() > maxLength) {
                    return;
                }
                if (++examined[0] > limit * 50 || cycles.size() >= limit) {
                    throw new Enough();
                }
                List<Long> rotated = rotate(cycle);
                if (accept.test(rotated)) {
                    cycles.add(rotated);
                }
            });
        } catch (Enough stop) {
            return new Result(cycles, true);
        }
        return new Result(cycles, false);
    }

    public static List<Long> rotate(List<Long> cycle) {
        int start = 0;
        for (int i = 1; i < cycle.size(); i++) {
            if (cycle.get(i) < cycle.get(start)) {
                start = i;
            }
        }
        List<Long> rotated = new ArrayList<>(cycle.size());
        for (int i = 0; i < cycle.size(); i++) {
            rotated.add(cycle.get((start + i) % cycle.size()));
        }
        return List.copyOf(rotated);
    }

    /** Thrown from the cycle consumer to end the search early. */
    private static final class Enough extends RuntimeException {
        Enough() {
            super(null, null, false, false);
        }
    }
}
