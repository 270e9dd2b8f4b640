package org.pactwatch.ui.strategy;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;
import tools.jackson.databind.json.JsonMapper;

/**
 * Server side of the ECharts web components under frontend/charts: the data goes to the browser as JSON,
 * the component draws it and sets {@code data-rendered="true"} when ECharts has finished the frame.
 */
@NpmPackage(value = "echarts", version = EChart.ECHARTS_VERSION)
public abstract class EChart extends Component implements HasSize {

    static final String ECHARTS_VERSION = "6.1.0";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    protected EChart() {
        setWidthFull();
        setHeight("560px");
        getStyle().set("flex-shrink", "0");
    }

    /**
     * The chart's caption, shown above it and naming it (with the sentence the component writes about the data) for
     * assistive technology; the component also offers its data as a table.
     */
    public void setCaption(String caption) {
        getElement().setAttribute("caption", caption);
    }

    /** Replaces what the chart shows. */
    protected void show(Object data) {
        getElement().setProperty("data", JSON.writeValueAsString(data));
    }

    /**
     * Calls {@code listener} with the {@code detail} of each {@code eventName} event the chart's script emits, read
     * as {@code type}.
     */
    protected <T> Registration onEmitted(String eventName, Class<T> type, SerializableConsumer<T> listener) {
        return getElement()
                .addEventListener(eventName, e -> listener.accept(e.getEventDetail(type)))
                .addEventDetail();
    }

    /** Saves the chart as a PNG in the user's browser (ECharts getDataURL). */
    public void downloadPng(String fileName) {
        getElement().callJsFunction("downloadPng", fileName);
    }

    /** Saves the chart as an SVG in the user's browser (ECharts' SVG renderer). */
    public void downloadSvg(String fileName) {
        getElement().callJsFunction("downloadSvg", fileName);
    }

    /** A click on a chart item that stands for one record (a company node, a deal bubble): that record's id. */
    public record ItemClick(long id) {}
}
