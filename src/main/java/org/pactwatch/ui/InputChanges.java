package org.pactwatch.ui;

import com.vaadin.flow.component.HasValue;

/** One reaction to a change in any of several inputs (filters that all re-run the same query). */
public final class InputChanges {

    private InputChanges() {}

    /** Runs {@code action} whenever the value of any of {@code inputs} changes. */
    public static void onAny(Runnable action, HasValue<?, ?>... inputs) {
        for (HasValue<?, ?> input : inputs) {
            input.addValueChangeListener(e -> action.run());
        }
    }
}
