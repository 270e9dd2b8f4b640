package org.pactwatch.ui.strategy;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Map;
import org.pactwatch.graph.CompanyGraph;

/** The relationship graph; {@code highlight} lists node ids of a loop (or path) drawn in red. */
@Tag("pw-graph-chart")
@JsModule("./charts/pw-graph-chart.js")
public class GraphChart extends EChart {

    public GraphChart() {
        setHeight("640px");
    }

    /** Shows the graph; a loop's edges follow its order, a path's edges may point either way. */
    public void setGraph(CompanyGraph graph, List<Long> highlight, boolean highlightIsPath) {
        show(Map.of(
                "nodes",
                graph.nodes(),
                "edges",
                graph.edges(),
                "highlight",
                highlight,
                "undirectedHighlight",
                highlightIsPath));
    }

    /** Calls {@code listener} with the company of each node clicked. */
    public Registration addNodeClickListener(SerializableConsumer<ItemClick> listener) {
        return onEmitted("node-click", ItemClick.class, listener);
    }
}
