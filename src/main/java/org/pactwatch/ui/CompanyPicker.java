package org.pactwatch.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import org.pactwatch.company.CompanyService;
import org.pactwatch.company.CompanySummary;

/** Company combo boxes that search the whole register as the user types, a page at a time. */
final class CompanyPicker {

    private CompanyPicker() {}

    /** Lets {@code box} offer the companies matching what is typed, loaded lazily. */
    static void searchAll(ComboBox<CompanySummary> box, CompanyService companies) {
        box.setItems(
                query -> companies.search(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream(),
                query -> (int) companies.count(query.getFilter().orElse("")));
    }
}
