package org.pactwatch.ui.strategy;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;
import org.pactwatch.graph.Timeline;

/** Deals on a time axis with running totals; fires deal clicks and brushed date ranges. */
@Tag("pw-timeline-chart")
@JsModule("./charts/pw-timeline-chart.js")
public class TimelineChart extends EChart {

    public void setTimeline(Timeline timeline) {
        show(timeline);
    }

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
