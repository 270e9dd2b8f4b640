package org.pactwatch.graph;

import java.time.LocalDate;
import java.util.List;

/**
 * Dated deals in date order, each on the lane of its direction ("Amazon → OpenAI", a subsidiary drawn on
 * its chosen parent's lane; {@code lanes} lists them top to bottom), with two running totals: money invested (INVESTMENT) and cloud/compute
 * commitments (CLOUD_COMMITMENT), one step per deal date.
 */
public record Timeline(
        List<CompanyRef> companies,
        List<Entry> entries,
        List<String> lanes,
        List<Point> invested,
        List<Point> committed) {

    public record Entry(DealLink deal, String lane) {}

    /** The running total in USD after all deals up to and including {@code date}. */
    public record Point(LocalDate date, double totalUsd) {}

    /** The deals of the timeline's entries, in order. */
    public List<DealLink> deals() {
        return entries.stream().map(Entry::deal).toList();
    }
}
