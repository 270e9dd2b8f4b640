package org.pactwatch.report.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The company registry as a forest: every company rolls up to its ultimate parent (Google Cloud → Google → Alphabet). */
final class CompanyTree {

    record Company(long id, String name, Long parentId, Long mergedIntoId) {}

    private final Map<Long, Company> byId;
    private final Map<Long, Company> rootOf = new HashMap<>();
    private final Map<Long, List<Long>> members = new HashMap<>();

    CompanyTree(List<Company> companies) {
        this.byId = companies.stream().collect(Collectors.toMap(Company::id, Function.identity()));
        for (Company company : companies) {
            Company root = climb(company);
            rootOf.put(company.id(), root);
            members.computeIfAbsent(root.id(), k -> new ArrayList<>()).add(company.id());
        }
        members.values().forEach(ids -> ids.sort(Long::compare));
    }

    Company get(long id) {
        Company company = byId.get(id);
        if (company == null) {
            throw new IllegalStateException("company " + id + " is not in the registry");
        }
        return company;
    }

    /** The company at the top of {@code id}'s chain of merges and parents. */
    Company ultimateParent(long id) {
        get(id);
        return rootOf.get(id);
    }

    /** Follows merges, then parents, to the top; a cycle in bad data stops where it closes. */
    private Company climb(Company start) {
        Company current = start;
        Set<Long> seen = new HashSet<>();
        while (seen.add(current.id())) {
            Long next = current.mergedIntoId() != null ? current.mergedIntoId() : current.parentId();
            if (next == null || !byId.containsKey(next)) {
                return current;
            }
            current = byId.get(next);
        }
        return current;
    }

    /** Every company (the root included) whose ultimate parent is {@code rootId}. */
    List<Long> group(long rootId) {
        return members.getOrDefault(rootId, List.of());
    }
}
