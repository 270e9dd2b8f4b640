package org.pactwatch.ui.strategy;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pactwatch.graph.TieUp;
import org.pactwatch.graph.Timeline;

/**
 * Deals on a time axis with running totals, the two deals of each tie-up joined by a line; fires deal clicks and
 * brushed date ranges.
 */
@Tag("pw-timeline-chart")
@JsModule("./charts/pw-timeline-chart.js")
public class TimelineChart extends EChart {

    /** Shows the timeline; {@code tieUps} whose two deals are both on it are drawn as linked bubbles. */
    public void setTimeline(Timeline timeline, List<TieUp> tieUps) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("companies", timeline.companies());
        data.put("entries", timeline.entries());
        data.put("lanes", timeline.lanes());
        data.put("invested", timeline.invested());
        data.put("committed", timeline.committed());
        data.put(
                "tieUps",
                tieUps.stream()
                        .map(t -> new Link(
                                t.investment().deal().id(),
                                t.commitment().deal().id(),
                                t.label(),
                                TieUpsView.ratio(t.ratio())))
                        .toList());
        show(data);
    }

    /** A tie-up as the chart draws it: the two deal ids, the label and the ratio as text. */
    record Link(long investment, long commitment, String label, String ratio) {}

    /** Calls {@code listener} with the deal of each bubble clicked. */
    public Registration addDealClickListener(SerializableConsumer<ItemClick> listener) {
        return onEmitted("deal-click", ItemClick.class, listener);
    }

    /** Calls {@code listener} with each date range brushed on the chart. */
    public Registration addRangeListener(SerializableConsumer<RangeSelect> listener) {
        return onEmitted("range-select", RangeSelect.class, listener);
    }

    /** Dates brushed on the chart (ISO days); both empty when the selection was cleared. */
    public record RangeSelect(String from, String to) {}
}
