package org.pactwatch.ui.strategy;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
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

    public Registration addDealClickListener(com.vaadin.flow.component.ComponentEventListener<DealClick> listener) {
        return addListener(DealClick.class, listener);
    }

    public Registration addRangeListener(com.vaadin.flow.component.ComponentEventListener<RangeSelect> listener) {
        return addListener(RangeSelect.class, listener);
    }

    /** A deal bubble was clicked. */
    @DomEvent("deal-click")
    public static class DealClick extends ComponentEvent<TimelineChart> {
        private final long dealId;

        public DealClick(TimelineChart source, boolean fromClient, @EventData("event.detail.id") long dealId) {
            super(source, fromClient);
            this.dealId = dealId;
        }

        public long dealId() {
            return dealId;
        }
    }

    /** Dates were brushed on the chart; both empty when the selection was cleared. */
    @DomEvent("range-select")
    public static class RangeSelect extends ComponentEvent<TimelineChart> {
        private final String from;
        private final String to;

        public RangeSelect(
                TimelineChart source,
                boolean fromClient,
                @EventData("event.detail.from") String from,
                @EventData("event.detail.to") String to) {
            super(source, fromClient);
            this.from = from;
            this.to = to;
        }

        public String from() {
            return from;
        }

        public String to() {
            return to;
        }
    }
}
