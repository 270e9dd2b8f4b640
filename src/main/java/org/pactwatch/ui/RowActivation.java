package org.pactwatch.ui;

import com.vaadin.flow.component.grid.Grid;
import java.util.function.Consumer;

/**
 * Opens a grid's row by mouse and by keyboard alike: a click on the row, or Enter while one of its cells has the
 * keyboard focus (the grid's arrow keys move between rows).
 */
public final class RowActivation {

    private static final String EVENT = "pw-row-activate";

    private RowActivation() {}

    /** Calls {@code open} with the row's item on a click and on Enter in a focused body cell. */
    public static <T> void onActivate(Grid<T> grid, Consumer<T> open) {
        grid.addItemClickListener(e -> open.accept(e.getItem()));
        // the grid tells which row a key event came from; Enter on a body cell without focusable content activates it
        grid.addAttachListener(attach -> grid.getElement().executeJs("""
                if (this.__pwRowActivation) return;
                this.__pwRowActivation = true;
                this.addEventListener('keydown', (e) => {
                  if (e.key !== 'Enter' || e.defaultPrevented || this.hasAttribute('interacting')) return;
                  const context = this.getEventContext(e);
                  if (context && context.section === 'body' && context.item && context.item.key !== undefined) {
                    this.dispatchEvent(new CustomEvent($0, { detail: { key: String(context.item.key) } }));
                  }
                });
                """, EVENT));
        grid.getElement()
                .addEventListener(EVENT, e -> {
                    T item = grid.getDataCommunicator()
                            .getKeyMapper()
                            .get(e.getEventData().get("event.detail.key").asString());
                    if (item != null) {
                        open.accept(item);
                    }
                })
                .addEventData("event.detail.key");
    }
}
