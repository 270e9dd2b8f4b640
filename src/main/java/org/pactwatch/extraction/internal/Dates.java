package org.pactwatch.extraction.internal;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the date a deal sentence states, against the publication date: "on March 3, 2024", "in September
 * 2023", "last September", "this month", "yesterday". Falls back to the publication date; null without one.
 *
 * <p>A deal's date is when it was announced, done or reported: a term's end ("through April 13, 2032", "by
 * 2030", "until December 2031") is never read as one, and a date after publication is kept only when the
 * sentence says the deal is scheduled for it.
 */
final class Dates {

    private static final String MONTHS =
            "January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?";
    private static final Pattern FULL = Pattern.compile("\\b(" + MONTHS + ")\\s(\\d{1,2}),?\\s(\\d{4})\\b");
    private static final Pattern MONTH_YEAR =
            Pattern.compile("\\b(?:in|since|during)\\s(" + MONTHS + ")\\s(\\d{4})\\b");
    private static final Pattern LAST_MONTH = Pattern.compile("\\blast\\s(" + MONTHS + ")\\b");
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");

    /** Words that make the date after them the end of a term, a deadline or a range's end. */
    private static final Pattern TERM_END = Pattern.compile(
            "(?i)\\b(?:through|thru|until|till|by|to|ending|ends?|expir\\w*|matur\\w*|due|before|no later than|"
                    + "runs? (?:out|on)|end of|terminat\\w*)\\s+(?:on\\s+|in\\s+)?(?:the\\s+end\\s+of\\s+)?$");

    /** Cues that a future date is when the deal is scheduled to happen, not a term. */
    static final Pattern SCHEDULED = Pattern.compile(
            "(?i)\\b(?:scheduled|expected to (?:close|complete|be completed|take effect)|set to (?:close|take effect)|"
                    + "will (?:close|take effect|become effective|be completed|complete)|takes? effect|"
                    + "become effective)\\b");

    private Dates() {}

    static LocalDate resolve(String text, LocalDate published) {
        LocalDate stated = stated(text, published);
        if (stated == null) {
            return published;
        }
        if (published != null
                && stated.isAfter(published)
                && !SCHEDULED.matcher(text).find()) {
            return published;
        }
        return stated;
    }

    private static LocalDate stated(String text, LocalDate published) {
        try {
            Matcher m = FULL.matcher(text);
            while (m.find()) {
                if (!endsTerm(text, m.start())) {
                    return LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
                }
            }
            m = ISO.matcher(text);
            while (m.find()) {
                if (!endsTerm(text, m.start())) {
                    return LocalDate.of(
                            Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                }
            }
            m = MONTH_YEAR.matcher(text);
            if (m.find()) {
                return LocalDate.of(Integer.parseInt(m.group(2)), month(m.group(1)), 1);
            }
            if (published == null) {
                return null;
            }
            m = LAST_MONTH.matcher(text);
            if (m.find()) {
                Month mo = month(m.group(1));
                LocalDate d = published.withDayOfMonth(1).withMonth(mo.getValue());
                return d.isBefore(published.withDayOfMonth(1)) ? d : d.minusYears(1);
            }
            if (text.contains("yesterday")) {
                return published.minusDays(1);
            }
        } catch (RuntimeException invalidDate) {
            // "February 30, 2024" and the like: fall back to the publication date
        }
        return null;
    }

    private static boolean endsTerm(String text, int dateStart) {
        return TERM_END.matcher(text.substring(Math.max(0, dateStart - 40), dateStart))
                .find();
    }

    private static Month month(String s) {
        String p = s.replace(".", "").substring(0, 3).toLowerCase(Locale.ROOT);
        for (Month m : Month.values()) {
            if (m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
                    .toLowerCase(Locale.ROOT)
                    .equals(p)) {
                return m;
            }
        }
        throw new IllegalArgumentException(s);
    }
}
