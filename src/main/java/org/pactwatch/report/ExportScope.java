package org.pactwatch.report;

import java.time.LocalDate;
import java.util.List;

/**
 * What a tie-up summary covers. One company (after rolling subsidiaries up to their ultimate parent)
 * means all of its relationships; several companies mean the relationships among them. {@code from}
 * and {@code to} bound the deal dates (inclusive, either may be null).
 */
public record ExportScope(List<String> companies, LocalDate from, LocalDate to) {

    public ExportScope {
        companies = companies == null
                ? List.of()
                : companies.stream()
                        .filter(c -> c != null && !c.isBlank())
                        .map(String::strip)
                        .distinct()
                        .toList();
        if (companies.isEmpty()) {
            throw new InvalidExportException("companies is required: name at least one company");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidExportException("from (" + from + ") is after to (" + to + ")");
        }
    }
}
