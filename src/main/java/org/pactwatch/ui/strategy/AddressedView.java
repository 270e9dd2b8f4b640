package org.pactwatch.ui.strategy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A view whose address carries the user's choice ({@code tieups?company=1&window=12}): entering sets the inputs from
 * the query string and loads once, and every load writes the choice back into the address bar.
 */
abstract class AddressedView extends VerticalLayout implements BeforeEnterObserver, AfterNavigationObserver {

    private boolean settingInputs;

    /** Sets the inputs from the query parameters of the address being entered. */
    protected abstract void setInputs(Map<String, List<String>> params);

    /** Queries and shows what the inputs ask for. */
    protected abstract void load();

    /** The address of the current choice, route and query string. */
    protected abstract String address();

    @Override
    public final void beforeEnter(BeforeEnterEvent event) {
        changeInputs(() -> setInputs(event.getLocation().getQueryParameters().getParameters()));
    }

    /** After the router has written its own address, so that ours (with the choice) is the one that stays. */
    @Override
    public final void afterNavigation(AfterNavigationEvent event) {
        writeAddress();
    }

    /** Changes several inputs with {@code change}, then loads once rather than once an input. */
    protected final void changeInputs(Runnable change) {
        settingInputs = true;
        try {
            change.run();
        } finally {
            settingInputs = false;
        }
        reload();
    }

    /** Loads for the current inputs (unless {@link #changeInputs} is still setting them) and updates the address. */
    protected final void reload() {
        if (settingInputs) {
            return;
        }
        load();
        if (isAttached()) {
            writeAddress();
        }
    }

    /** The first non-blank value of a query parameter. */
    static Optional<String> first(Map<String, List<String>> params, String name) {
        return params.getOrDefault(name, List.of()).stream()
                .filter(v -> !v.isBlank())
                .findFirst();
    }

    private void writeAddress() {
        UI.getCurrent().getPage().getHistory().replaceState(null, address());
    }
}
