package org.pactwatch.deal.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Groups the mentions of one neighbourhood (one type and pair of parent companies) into deals, as a function of
 * the set of mentions alone: mentions an analyst's decision holds stay in their deal; the others are taken in
 * {@link ClusterMention#CANONICAL} order, those that state a figure first (they tell deals apart), and each joins
 * the nearest compatible deal or founds one. A mention without a figure thus joins the nearest deal, even a later
 * one; when none lies close enough it joins the only deal of the neighbourhood within a longer window, and stays
 * apart when there are several. The arrival order of documents never changes the outcome.
 */
final class MentionClustering {

    private MentionClustering() {}

    /** One deal in the making: its members, the reviewed deal it is (or null) and the span of their dates. */
    static final class Group {
        final Long pinnedDealId;
        final List<ClusterMention> members = new ArrayList<>();
        LocalDate first;
        LocalDate last;

        Group(Long pinnedDealId) {
            this.pinnedDealId = pinnedDealId;
        }

        void add(ClusterMention m) {
            members.add(m);
            LocalDate d = m.date();
            if (d != null) {
                first = first == null || d.isBefore(first) ? d : first;
                last = last == null || d.isAfter(last) ? d : last;
            }
        }

        boolean hasAmount() {
            return members.stream().anyMatch(x -> x.payload().deal().amount() != null);
        }
    }

    /** The groups of {@code mentions}: reviewed deals first (by id), then the others in order of founding. */
    static List<Group> cluster(List<ClusterMention> mentions) {
        Map<Long, Group> pinned = new TreeMap<>();
        List<ClusterMention> free = new ArrayList<>();
        for (ClusterMention m : mentions) {
            if (m.pinnedDealId() != null) {
                pinned.computeIfAbsent(m.pinnedDealId(), Group::new).add(m);
            } else {
                free.add(m);
            }
        }
        List<Group> groups = new ArrayList<>(pinned.values());
        free.sort(Comparator.comparing((ClusterMention m) -> m.payload().deal().amount() == null)
                .thenComparing(ClusterMention.CANONICAL));
        for (ClusterMention m : free) {
            Group best = null;
            for (Group g : groups) {
                if (ClusteringRules.canJoin(g.members, g.first, g.last, m) && better(g, best, m)) {
                    best = g;
                }
            }
            if (best == null) {
                best = loneDeal(groups, m);
            }
            if (best == null) {
                best = new Group(null);
                groups.add(best);
            }
            best.add(m);
        }
        return groups;
    }

    /** The one deal a mention without a figure may join beyond the usual window, or null (none, or several). */
    private static Group loneDeal(List<Group> groups, ClusterMention m) {
        List<Group> candidates = groups.stream()
                .filter(g -> ClusteringRules.mayBeLoneDeal(g.members, g.first, g.last, m))
                .toList();
        return candidates.size() == 1 ? candidates.getFirst() : null;
    }

    /** Nearer in time wins; at equal distance a deal with a figure to agree with; else the earlier founded. */
    private static boolean better(Group candidate, Group best, ClusterMention m) {
        if (best == null) {
            return true;
        }
        Comparator<Group> order = Comparator.comparingLong(
                        (Group g) -> ClusteringRules.distance(g.first, g.last, m.date()))
                .thenComparing(g -> m.payload().deal().amount() != null && g.hasAmount() ? 0 : 1);
        return order.compare(candidate, best) < 0;
    }
}
