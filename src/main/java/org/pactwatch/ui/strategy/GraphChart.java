package org.pactwatch.ui.strategy;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
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

    public Registration addNodeClickListener(ComponentEventListener<NodeClick> listener) {
        return addListener(NodeClick.class, listener);
    }

    /** A company node was clicked. */
    @DomEvent("node-click")
    public static class NodeClick extends ComponentEvent<GraphChart> {
        private final long companyId;

        public NodeClick(GraphChart source, boolean fromClient, @EventData("event.detail.id") long companyId) {
            super(source, fromClient);
            this.companyId = companyId;
        }

        public long companyId() {
            return companyId;
        }
    }
}
