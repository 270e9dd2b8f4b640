package org.pactwatch.graph;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Which deals a timeline shows: those of the chosen companies or, with {@code betweenOnly}, only the deals
 * among them (a pair gives one relationship). With {@code withSubsidiaries} a company stands for itself and
 * every company below it (Amazon includes Amazon Web Services). {@code from}/{@code to} may be null.
 */
public record TimelineQuery(
        List<Long> companyIds, boolean betweenOnly, boolean withSubsidiaries, LocalDate from, LocalDate to) {

    public TimelineQuery {
        companyIds = List.copyOf(Objects.requireNonNull(companyIds, "companyIds"));
    }
}
