package org.pactwatch.graph.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pactwatch.graph.CompanyRef;

/**
 * A snapshot of the company registry with its hierarchy: resolves merged companies to the one they were
 * merged into and, on demand, rolls a subsidiary up to its top parent (following the parent_id chain).
 * Kept per data version and read for every deal of a graph, so both are worked out once, up front.
 */
public final class CompanyDirectory {

    record Row(long id, String name, String kind, Long parentId, Long mergedIntoId) {}

    private final Map<Long, Row> rows = new HashMap<>();
    private final Map<Long, List<Long>> children = new HashMap<>();
    private final Map<Long, Long> canonicals = new HashMap<>();
    private final Map<Long, Long> topParents = new HashMap<>();

    CompanyDirectory(Collection<Row> all) {
        for (Row row : all) {
            rows.put(row.id(), row);
        }
        for (Row row : all) {
            if (row.parentId() != null && row.mergedIntoId() == null) {
                children.computeIfAbsent(row.parentId(), k -> new java.util.ArrayList<>())
                        .add(row.id());
            }
        }
        for (Row row : all) {
            canonicals.put(row.id(), followMerges(row.id()));
        }
        for (Row row : all) {
            topParents.put(row.id(), followParents(row.id()));
        }
    }

    public boolean contains(long id) {
        return rows.containsKey(id);
    }

    public CompanyRef ref(long id) {
        Row row = rows.get(canonical(id));
        return row == null ? new CompanyRef(id, "#" + id, "OTHER") : new CompanyRef(row.id(), row.name(), row.kind());
    }

    /** The company a merged company now lives on as (itself when never merged). */
    public long canonical(long id) {
        Long known = canonicals.get(id);
        return known != null ? known : id;
    }

    private long followMerges(long id) {
        long current = id;
        Set<Long> seen = new HashSet<>();
        while (seen.add(current)) {
            Row row = rows.get(current);
            if (row == null || row.mergedIntoId() == null) {
                return current;
            }
            current = row.mergedIntoId();
        }
        return current;
    }

    /** The top of the parent chain; a cycle in bad data stops at the first repeat. */
    public long topParent(long id) {
        Long known = topParents.get(id);
        return known != null ? known : id;
    }

    private long followParents(long id) {
        long current = canonical(id);
        Set<Long> seen = new HashSet<>();
        while (seen.add(current)) {
            Row row = rows.get(current);
            if (row == null || row.parentId() == null) {
                return current;
            }
            current = canonical(row.parentId());
        }
        return current;
    }

    /** The node a company is drawn as: its top parent when rolling up, else the company itself. */
    public long nodeOf(long id, boolean rollUp) {
        return rollUp ? topParent(id) : canonical(id);
    }

    /** Every company drawn as one of {@code nodes} (see {@link #nodeOf}), merged ones included. */
    public Set<Long> members(Collection<Long> nodes, boolean rollUp) {
        Set<Long> wanted = new HashSet<>(nodes);
        Set<Long> members = new HashSet<>();
        for (Long id : rows.keySet()) {
            if (wanted.contains(nodeOf(id, rollUp))) {
                members.add(id);
            }
        }
        return members;
    }

    /** The companies themselves plus, when asked, everything below them in the hierarchy. */
    public Set<Long> expand(Collection<Long> ids, boolean withSubsidiaries) {
        Set<Long> result = new HashSet<>();
        java.util.ArrayDeque<Long> queue = new java.util.ArrayDeque<>();
        for (Long id : ids) {
            long canonical = canonical(id);
            if (result.add(canonical)) {
                queue.add(canonical);
            }
        }
        for (Row row : rows.values()) {
            if (row.mergedIntoId() != null && result.contains(canonical(row.id()))) {
                result.add(row.id());
            }
        }
        while (withSubsidiaries && !queue.isEmpty()) {
            for (Long child : children.getOrDefault(queue.poll(), List.of())) {
                if (result.add(child)) {
                    queue.add(child);
                }
            }
        }
        return result;
    }

    /** Which chosen company (with its subsidiaries) a party belongs to, or null. */
    public Long groupOf(long partyId, List<Long> chosen, boolean withSubsidiaries) {
        long current = canonical(partyId);
        Set<Long> seen = new HashSet<>();
        while (seen.add(current)) {
            if (chosen.contains(current)) {
                return current;
            }
            Row row = rows.get(current);
            if (!withSubsidiaries || row == null || row.parentId() == null) {
                return null;
            }
            current = canonical(row.parentId());
        }
        return null;
    }
}
