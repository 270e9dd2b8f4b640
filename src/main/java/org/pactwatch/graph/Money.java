package org.pactwatch.graph;

import java.util.Locale;

/** Short USD amounts for labels and tables: $50B, $2.5B, $300M. */
public final class Money {

    private Money() {}

    /** The amount as a short label ($50B, $2.5B, $300M), or "undisclosed" for null. */
    public static String format(Double usd) {
        if (usd == null) {
            return "undisclosed";
        }
        double value = usd;
        if (Math.abs(value) >= 1e9) {
            return "$" + trim(value / 1e9) + "B";
        }
        if (Math.abs(value) >= 1e6) {
            return "$" + trim(value / 1e6) + "M";
        }
        if (Math.abs(value) >= 1e3) {
            return "$" + trim(value / 1e3) + "K";
        }
        return "$" + trim(value);
    }

    private static String trim(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }
}
