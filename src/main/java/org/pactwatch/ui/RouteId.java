package org.pactwatch.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.RouteParameters;
import java.util.OptionalLong;

/** The numeric {@code :id} parameter of the one-record routes (deals/:id, companies/:id, documents/:id). */
final class RouteId {

    private static final String NAME = "id";

    private RouteId() {}

    /** The id in the address being entered; empty when it is missing or not a number. */
    static OptionalLong of(BeforeEnterEvent event) {
        try {
            return OptionalLong.of(
                    Long.parseLong(event.getRouteParameters().get(NAME).orElse("")));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** Navigates to {@code view} showing the record {@code id}. */
    static void open(Class<? extends Component> view, long id) {
        UI.getCurrent().navigate(view, new RouteParameters(NAME, String.valueOf(id)));
    }
}
