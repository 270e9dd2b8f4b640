package org.pactwatch.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How the views write dates and amounts. */
final class Format {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private Format() {}

    static String instant(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** $4.0B, $750M, $12K. */
    static String usd(BigDecimal usd) {
        if (usd == null) {
            return "";
        }
        return "$" + compact(usd);
    }

    static String compact(BigDecimal value) {
        BigDecimal abs = value.abs();
        if (abs.compareTo(BigDecimal.valueOf(1_000_000_000L)) >= 0) {
            return scaled(value, 1_000_000_000L) + "B";
        }
        if (abs.compareTo(BigDecimal.valueOf(1_000_000L)) >= 0) {
            return scaled(value, 1_000_000L) + "M";
        }
        if (abs.compareTo(BigDecimal.valueOf(1_000L)) >= 0) {
            return scaled(value, 1_000L) + "K";
        }
        return value.stripTrailingZeros().toPlainString();
    }

    private static String scaled(BigDecimal value, long unit) {
        return value.divide(BigDecimal.valueOf(unit), 2, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    /** CLOUD_COMMITMENT → "Cloud commitment". */
    static String type(Enum<?> type) {
        String words = type.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    static String percent(double confidence) {
        return Math.round(confidence * 100) + "%";
    }
}
