package org.pactwatch.ui.strategy;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.pactwatch.briefing.MonthlyValue;
import org.pactwatch.extraction.ExtractedDeal.DealType;

/** Disclosed deal value per month, stacked by type; fires a click on a month's segment of one type. */
@Tag("pw-deal-value-chart")
@JsModule("./charts/pw-deal-value-chart.js")
public class DealValueChart extends EChart {

    /** Shows these months (every one gets a bar, empty or not) and their values. */
    public void setValues(List<YearMonth> months, List<MonthlyValue> values) {
        show(Map.of(
                "months", months.stream().map(YearMonth::toString).toList(),
                "cells",
                        values.stream()
                                .map(v -> Map.of(
                                        "month", v.month().toString(),
                                        "type", v.type().name(),
                                        "deals", v.deals(),
                                        "usd", v.usd() == null ? 0 : v.usd().doubleValue()))
                                .toList()));
    }

    /** Calls {@code listener} with each bar segment clicked. */
    public Registration addSegmentClickListener(SerializableConsumer<SegmentClick> listener) {
        return onEmitted("segment-click", SegmentClick.class, listener);
    }

    /** A bar segment was clicked: the deals of one type in one month. */
    public record SegmentClick(YearMonth month, DealType type) {}
}
