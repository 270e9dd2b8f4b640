package org.pactwatch.graph;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the relationship graph shows. Filters: deal types (empty = all), date range and minimum USD (0 = no
 * minimum; a minimum drops deals without an amount). {@code rollUp} draws subsidiaries as their top parent.
 * Then either the whole graph, the ego network of {@code egoId} at {@code depth} 1–3, or the shortest path
 * between {@code pathFrom} and {@code pathTo} (ignoring edge direction). {@code mostConnected} > 0 narrows the
 * whole graph (not an ego network or path) to that many companies with the most counterparties in the two
 * years up to the newest deal, and to the deals of those two years.
 */
public record GraphQuery(
        Set<String> types,
        LocalDate from,
        LocalDate to,
        double minUsd,
        boolean rollUp,
        Long egoId,
        int depth,
        Long pathFrom,
        Long pathTo,
        int mostConnected) {

    public static final int MAX_DEPTH = 3;

    public GraphQuery {
        types = types == null ? Set.of() : Set.copyOf(types);
        depth = Math.clamp(depth, 1, MAX_DEPTH);
        minUsd = Math.max(0, minUsd);
        mostConnected = Math.max(0, mostConnected);
    }

    /** The whole graph: every deal type and date, no ego or path. */
    public static GraphQuery everything() {
        return new GraphQuery(Set.of(), null, null, 0, false, null, 1, null, null, 0);
    }

    /** This query with subsidiaries rolled up into their parents, or not. */
    public GraphQuery withRollUp(boolean value) {
        return new GraphQuery(types, from, to, minUsd, value, egoId, depth, pathFrom, pathTo, mostConnected);
    }

    /** This query narrowed to the companies within newDepth deals of one company. */
    public GraphQuery withEgo(Long id, int newDepth) {
        return new GraphQuery(types, from, to, minUsd, rollUp, id, newDepth, null, null, mostConnected);
    }

    /** This query narrowed to the paths between two companies. */
    public GraphQuery withPath(Long fromId, Long toId) {
        return new GraphQuery(types, from, to, minUsd, rollUp, null, depth, fromId, toId, mostConnected);
    }

    /** This query narrowed to the {@code n} most connected companies of the last two years (0: every company). */
    public GraphQuery withMostConnected(int n) {
        return new GraphQuery(types, from, to, minUsd, rollUp, egoId, depth, pathFrom, pathTo, n);
    }

    /** Whether the whole graph is narrowed to the most connected companies of the last two years. */
    public boolean wantsMostConnected() {
        return mostConnected > 0 && egoId == null && !wantsPath();
    }

    /** Whether the query asks for the paths between two companies. */
    public boolean wantsPath() {
        return pathFrom != null && pathTo != null;
    }
}
