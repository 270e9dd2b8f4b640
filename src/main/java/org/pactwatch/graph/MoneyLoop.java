package org.pactwatch.graph;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A circular money flow: each company pays or invests in the next and the last one pays the first (for
 * two companies: A invests in B while B commits to spend on A's cloud). Companies are rolled up into
 * their top parents, listed from the one with the smallest id, so the same loop always has the same key.
 */
public record MoneyLoop(List<CompanyRef> companies, List<Leg> legs) {

    /**
     * Money from one company to the next: the deal types, how many deals, their USD sum and dates. The
     * deals themselves are filled in only when one loop is asked for.
     */
    public record Leg(
            CompanyRef from,
            CompanyRef to,
            List<String> types,
            int dealCount,
            double usd,
            LocalDate first,
            LocalDate last,
            List<DealLink> deals) {}

    /** The company ids joined by '-', as in the loop's page address. */
    public String key() {
        return companies.stream().map(c -> String.valueOf(c.id())).collect(Collectors.joining("-"));
    }

    /** The loop's company names joined by arrows, back to the first. */
    public String label() {
        return companies.stream().map(CompanyRef::name).collect(Collectors.joining(" → ")) + " → "
                + companies.getFirst().name();
    }

    /** The US dollars of all legs added up. */
    public double totalUsd() {
        return legs.stream().mapToDouble(Leg::usd).sum();
    }

    /** The earliest deal date of any leg, or null. */
    public LocalDate first() {
        return legs.stream()
                .map(Leg::first)
                .filter(d -> d != null)
                .min(LocalDate::compareTo)
                .orElse(null);
    }

    /** The latest deal date of any leg, or null. */
    public LocalDate last() {
        return legs.stream()
                .map(Leg::last)
                .filter(d -> d != null)
                .max(LocalDate::compareTo)
                .orElse(null);
    }
}
