package org.pactwatch.ui.strategy;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import java.util.List;
import java.util.Map;
import org.pactwatch.graph.ComparisonRow;

/** Grouped bars: money invested and cloud commitments each way, per relationship or company. */
@Tag("pw-compare-chart")
@JsModule("./charts/pw-compare-chart.js")
public class CompareChart extends EChart {

    public void setRows(boolean pairs, List<ComparisonRow> rows) {
        show(Map.of("mode", pairs ? "pairs" : "companies", "rows", rows));
    }
}
