package org.pactwatch.search.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;

/**
 * Lucene's classic syntax over title, body and company names, with AND as the default operator and leading
 * wildcards allowed. Numeric and date fields are points, so their ranges and values are parsed here:
 * {@code amount_usd:[1e9 TO *]}, {@code amount_usd:[500m TO 2bn]}, {@code published:[2023-01-01 TO 2023-12-31]},
 * {@code date:2024}, {@code year:[2020 TO 2022]}.
 */
final class PactwatchQueryParser extends MultiFieldQueryParser {

    private static final String[] DEFAULT_FIELDS = {IndexFields.TITLE, IndexFields.BODY, IndexFields.COMPANIES};
    private static final Map<String, Float> BOOSTS =
            Map.of(IndexFields.TITLE, 2f, IndexFields.BODY, 1f, IndexFields.COMPANIES, 1.5f);

    PactwatchQueryParser(Analyzer analyzer) {
        super(DEFAULT_FIELDS, analyzer, BOOSTS);
        setDefaultOperator(QueryParser.AND_OPERATOR);
        setAllowLeadingWildcard(true);
        setSplitOnWhitespace(true);
    }

    @Override
    protected Query getRangeQuery(
            String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
            throws ParseException {
        String f = canonical(field);
        if (f == null) {
            return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
        }
        switch (f) {
            case IndexFields.AMOUNT_USD -> {
                double low = part1 == null ? Double.NEGATIVE_INFINITY : amount(part1);
                double high = part2 == null ? Double.POSITIVE_INFINITY : amount(part2);
                if (!startInclusive && part1 != null) low = Math.nextUp(low);
                if (!endInclusive && part2 != null) high = Math.nextDown(high);
                return DoublePoint.newRangeQuery(IndexFields.AMOUNT_USD, low, high);
            }
            case IndexFields.YEAR -> {
                int low = part1 == null ? Integer.MIN_VALUE : year(part1);
                int high = part2 == null ? Integer.MAX_VALUE : year(part2);
                if (!startInclusive && part1 != null) low++;
                if (!endInclusive && part2 != null) high--;
                return IntPoint.newRangeQuery(IndexFields.YEAR, low, high);
            }
            default -> {
                long low = part1 == null ? Long.MIN_VALUE : day(part1, true);
                long high = part2 == null ? Long.MAX_VALUE : day(part2, false);
                if (!startInclusive && part1 != null) low++;
                if (!endInclusive && part2 != null) high--;
                return LongPoint.newRangeQuery(IndexFields.PUBLISHED, low, high);
            }
        }
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        String f = canonical(field);
        if (f == null) {
            return super.getFieldQuery(field, queryText, quoted);
        }
        return switch (f) {
            case IndexFields.AMOUNT_USD -> DoublePoint.newExactQuery(IndexFields.AMOUNT_USD, amount(queryText));
            case IndexFields.YEAR -> IntPoint.newExactQuery(IndexFields.YEAR, year(queryText));
            default -> LongPoint.newRangeQuery(IndexFields.PUBLISHED, day(queryText, true), day(queryText, false));
        };
    }

    /** The point field a query names, or null for a text or keyword field. */
    private static String canonical(String field) {
        if (field == null) {
            return null;
        }
        return switch (field.toLowerCase(Locale.ROOT)) {
            case "amount_usd", "amountusd", "usd", "amount" -> IndexFields.AMOUNT_USD;
            case "year" -> IndexFields.YEAR;
            case "published", "date" -> IndexFields.PUBLISHED;
            default -> null;
        };
    }

    /** 4000000000, 4e9, 4bn, 4b, 500m, 750k, $2.5B. */
    static double amount(String text) throws ParseException {
        String t = text.strip()
                .toLowerCase(Locale.ROOT)
                .replace("$", "")
                .replace(",", "")
                .replace("_", "");
        double factor = 1;
        if (t.endsWith("bn")) {
            factor = 1e9;
            t = t.substring(0, t.length() - 2);
        } else if (t.endsWith("b")) {
            factor = 1e9;
            t = t.substring(0, t.length() - 1);
        } else if (t.endsWith("m")) {
            factor = 1e6;
            t = t.substring(0, t.length() - 1);
        } else if (t.endsWith("k")) {
            factor = 1e3;
            t = t.substring(0, t.length() - 1);
        }
        try {
            double value = Double.parseDouble(t) * factor;
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new ParseException("\"" + abbreviate(text) + "\" is not an amount (try 1e9, 500m or 2bn)");
        }
    }

    private static int year(String text) throws ParseException {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new ParseException("\"" + abbreviate(text) + "\" is not a year");
        }
    }

    /** A date, a month (2024-03) or a year (2024); the start or the end of that period. */
    private static long day(String text, boolean start) throws ParseException {
        String t = text.strip();
        try {
            if (t.matches("\\d{4}")) {
                int year = Integer.parseInt(t);
                return (start ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31)).toEpochDay();
            }
            if (t.matches("\\d{4}-\\d{2}")) {
                LocalDate first = LocalDate.parse(t + "-01");
                return (start ? first : first.plusMonths(1).minusDays(1)).toEpochDay();
            }
            return LocalDate.parse(t).toEpochDay();
        } catch (DateTimeParseException e) {
            throw new ParseException("\"" + abbreviate(text) + "\" is not a date (use 2024-03-31, 2024-03 or 2024)");
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
