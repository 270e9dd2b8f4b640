package org.pactwatch.shared;

/** Text bound for a CSV or XLSX cell, made safe from formula injection. */
public final class SpreadsheetCells {

    private SpreadsheetCells() {}

    /** A cell starting with = + - @ (or a tab or carriage return before them) would run as a formula; quote it. */
    public static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text
                : text;
    }
}
