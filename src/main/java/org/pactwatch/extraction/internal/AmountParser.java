package org.pactwatch.extraction.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pactwatch.extraction.ExtractedDeal.Amount;
import org.pactwatch.extraction.ExtractedDeal.Qualifier;
import org.pactwatch.extraction.FxRates;

/**
 * Finds money amounts in text and normalizes them per the contract: "$50bn", "50 bln dlrs", "up to $25
 * billion", "$100 billion-plus", "$1–2 billion", "between €1 billion and €2 billion", "¥1 trillion", "75
 * pence". Plain numbers without a currency are not amounts.
 */
final class AmountParser {

    /** Indian grouping ("5,91,61,730") before western grouping and plain digits. */
    private static final String NUM =
            "\\d{1,2}(?:,\\d{2})+,\\d{3}(?:\\.\\d+)?|\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";

    /** The scale words that make a figure a deal-sized sum (thousands are not). */
    private static final String LARGE_SCALE = "trillion|billion|million|crores?|lakhs?|tn|trn|bln|bn|mln|mn|cr|b|m|k";

    private static final String SCALE = "thousand|" + LARGE_SCALE;

    private static final Pattern LARGE_SCALED = Pattern.compile(
            "\\d\\s?(?:" + LARGE_SCALE + ")(?![\\p{L}])|\\b(?:trillion|billion|million)\\b", Pattern.CASE_INSENSITIVE);
    private static final String SYMBOL = "US\\$|U\\.S\\.\\s?\\$|C\\$|A\\$|HK\\$|S\\$|R\\$|\\$|€|£|¥|₹\\s?|₩|Rs\\.?\\s?";
    private static final String CODE = "USD|EUR|GBP|JPY|CNY|RMB|CHF|CAD|AUD|INR|KRW|SEK|HKD|SGD|AED|SAR|BRL|ILS";
    private static final String WORD_CURRENCY =
            "(?:U\\.S\\.\\s|US\\s|Canadian\\s|Australian\\s|Hong\\sKong\\s|Singapore\\s)?dollars?|dlrs|euros?|pounds?(?:\\ssterling)?|sterling|yen|yuan|renminbi|pence|rupees?|won|francs?|riyals?|dirhams?";
    private static final String QUALIFIER =
            "up\\sto|as\\smuch\\sas|more\\sthan|over|in\\sexcess\\sof|upwards?\\sof|north\\sof|above|at\\sleast|no\\sless\\sthan|a\\sminimum\\sof|about|around|roughly|nearly|some|approximately|almost|close\\sto|an\\sestimated|estimated|between|~";

    private static final Pattern AMOUNT = Pattern.compile(
            "(?<![\\p{L}\\d])(?:(?<qual>" + QUALIFIER + ")\\s+)?"
                    + "(?<cur1>" + SYMBOL + "|(?:" + CODE + ")\\s?)?"
                    + "(?<n1>" + NUM + ")(?:\\s?(?<s1>" + SCALE + ")(?![\\p{L}]))?"
                    + "(?:\\s*(?<sep>-|–|—|to|and)\\s*(?:" + SYMBOL + "|(?:" + CODE + ")\\s?)?(?<n2>" + NUM + ")"
                    + "(?:\\s?(?<s2>" + SCALE + ")(?![\\p{L}]))?)?"
                    + "(?<plus>-plus|\\+|\\s?or\\smore)?"
                    + "(?:\\s(?<curw>" + WORD_CURRENCY + "|" + CODE + ")(?![\\p{L}]))?"
                    + "(?<plus2>-plus|\\s?or\\smore)?",
            Pattern.CASE_INSENSITIVE);

    private static final String SPELLED_UNIT =
            "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
                    + "|seventeen|eighteen|nineteen";
    private static final String SPELLED_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    private static final String SPELLED_BELOW_HUNDRED =
            "(?:" + SPELLED_TENS + ")(?:[-\\s](?:" + SPELLED_UNIT + "))?|" + SPELLED_UNIT;

    /** "three hundred billion dollars", "a billion euros": spelled sums need a scale word and a currency word. */
    private static final Pattern SPELLED_AMOUNT = Pattern.compile(
            "(?<![\\p{L}\\d-])(?:(?<qual>" + QUALIFIER + ")\\s+)?"
                    + "(?<n>a|(?:" + SPELLED_BELOW_HUNDRED + ")(?:\\s+hundred(?:\\s+(?:and\\s+)?(?:"
                    + SPELLED_BELOW_HUNDRED + "))?)?)"
                    + "\\s+(?<s>trillion|billion|million)\\s+(?<curw>" + WORD_CURRENCY + ")(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);

    private static final List<String> UNITS = List.of(SPELLED_UNIT.split("\\|"));
    private static final List<String> TENS = List.of(SPELLED_TENS.split("\\|"));

    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("$", "USD"),
            Map.entry("us$", "USD"),
            Map.entry("u.s.$", "USD"),
            Map.entry("u.s. $", "USD"),
            Map.entry("c$", "CAD"),
            Map.entry("a$", "AUD"),
            Map.entry("hk$", "HKD"),
            Map.entry("s$", "SGD"),
            Map.entry("r$", "BRL"),
            Map.entry("€", "EUR"),
            Map.entry("£", "GBP"),
            Map.entry("¥", "JPY"),
            Map.entry("₹", "INR"),
            Map.entry("rs", "INR"),
            Map.entry("rs.", "INR"),
            Map.entry("₩", "KRW"),
            Map.entry("rmb", "CNY"));

    private final FxRates fx;

    AmountParser(FxRates fx) {
        this.fx = fx;
    }

    /** A parsed amount with its character span relative to the parsed text. */
    record Found(int begin, int end, Amount amount) {}

    List<Found> find(String text, LocalDate date) {
        List<Found> found = new ArrayList<>();
        Matcher m = AMOUNT.matcher(text);
        while (m.find()) {
            Found f = parse(m, text, date);
            if (f != null) {
                found.add(f);
            }
        }
        Matcher spelled = SPELLED_AMOUNT.matcher(text);
        while (spelled.find()) {
            int begin = spelled.start();
            if (found.stream().noneMatch(f -> f.begin() < spelled.end() && begin < f.end())) {
                found.add(spelledAmount(spelled, date));
            }
        }
        found.sort(Comparator.comparingInt(Found::begin));
        return found;
    }

    private Found spelledAmount(Matcher m, LocalDate date) {
        String currency = currency(null, m.group("curw"), null);
        BigDecimal value = spelledNumber(m.group("n").toLowerCase(Locale.ROOT)).multiply(scale(m.group("s")));
        String qual = norm(m.group("qual"));
        Qualifier q = qualifier(qual);
        BigDecimal min = q == Qualifier.MORE_THAN || q == Qualifier.AT_LEAST ? value : null;
        BigDecimal max = q == Qualifier.UP_TO ? value : null;
        return new Found(
                m.start(),
                m.end(),
                new Amount(
                        m.group(),
                        currency,
                        clean(value),
                        clean(min),
                        clean(max),
                        q,
                        fx.toUsd(value, currency, date).map(AmountParser::clean).orElse(null)));
    }

    /** "three hundred", "twenty-five", "a": the words the spelled-amount pattern accepts. */
    private static BigDecimal spelledNumber(String words) {
        int current = 0;
        for (String w : words.split("[-\\s]+")) {
            if (w.equals("a")) {
                current = 1;
            } else if (w.equals("hundred")) {
                current *= 100;
            } else if (UNITS.contains(w)) {
                current += UNITS.indexOf(w) + 1;
            } else if (TENS.contains(w)) {
                current += (TENS.indexOf(w) + 2) * 10;
            }
        }
        return BigDecimal.valueOf(current);
    }

    private Found parse(Matcher m, String text, LocalDate date) {
        String cur1 = m.group("cur1");
        String curw = m.group("curw");
        String currency = currency(cur1, curw, m.group("s1"));
        if (currency == null) {
            return null;
        }
        String s1 = m.group("s1");
        String s2 = m.group("s2");
        if (cur1 == null && s1 != null && s1.length() == 1 && curw == null) {
            return null;
        }
        BigDecimal pence = "pence".equalsIgnoreCase(curw) ? new BigDecimal("0.01") : BigDecimal.ONE;
        String n2text = m.group("n2");
        String sep = m.group("sep");
        boolean range = n2text != null;
        if (range && sep.equalsIgnoreCase("and") && !"between".equalsIgnoreCase(norm(m.group("qual")))) {
            return null;
        }
        BigDecimal v1 = number(m.group("n1"));
        BigDecimal v2 = range ? number(n2text) : null;
        BigDecimal scale1 = scale(s1 != null ? s1 : s2);
        if (s1 == null && s2 == null && range) {
            scale1 = BigDecimal.ONE;
        }
        v1 = v1.multiply(scale1).multiply(pence);
        if (range) {
            v2 = v2.multiply(scale(s2 != null ? s2 : s1)).multiply(pence);
            if (v2.compareTo(v1) <= 0) {
                // "$4 billion-10 years" style collisions: not a real range, keep the first amount only
                return single(m, text, date, currency, v1, m.start(), m.end("n1") + (s1 == null ? 0 : 0));
            }
        }
        String qual = norm(m.group("qual"));
        boolean plus = m.group("plus") != null || m.group("plus2") != null;
        Qualifier q;
        BigDecimal value = v1;
        BigDecimal min = null;
        BigDecimal max = null;
        if (range) {
            q = Qualifier.RANGE;
            value = v2;
            min = v1;
            max = v2;
        } else if (plus) {
            q = Qualifier.MORE_THAN;
            min = v1;
        } else {
            q = qualifier(qual);
            if (q == Qualifier.UP_TO) {
                max = v1;
            } else if (q == Qualifier.MORE_THAN || q == Qualifier.AT_LEAST) {
                min = v1;
            }
        }
        int begin = m.start();
        int end = m.end();
        while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        String written = text.substring(begin, end);
        String iso = "pence".equalsIgnoreCase(curw) ? "GBP" : currency;
        return new Found(
                begin,
                end,
                new Amount(
                        written,
                        iso,
                        clean(value),
                        clean(min),
                        clean(max),
                        q,
                        fx.toUsd(value, iso, date).map(AmountParser::clean).orElse(null)));
    }

    private Found single(
            Matcher m, String text, LocalDate date, String currency, BigDecimal value, int begin, int end) {
        String written = text.substring(begin, end);
        return new Found(
                begin,
                end,
                new Amount(
                        written,
                        currency,
                        clean(value),
                        null,
                        null,
                        Qualifier.EXACT,
                        fx.toUsd(value, currency, date).map(AmountParser::clean).orElse(null)));
    }

    private static Qualifier qualifier(String qual) {
        if (qual == null || qual.equals("between")) {
            return Qualifier.EXACT;
        }
        return switch (qual) {
            case "up to", "as much as" -> Qualifier.UP_TO;
            case "more than", "over", "in excess of", "upwards of", "upward of", "north of", "above" ->
                Qualifier.MORE_THAN;
            case "at least", "no less than", "a minimum of" -> Qualifier.AT_LEAST;
            default -> Qualifier.ABOUT;
        };
    }

    private static String norm(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static String currency(String symbol, String word, String scale) {
        if (symbol != null) {
            String s = symbol.strip().toLowerCase(Locale.ROOT);
            String mapped = SYMBOLS.get(s);
            return mapped != null ? mapped : s.toUpperCase(Locale.ROOT);
        }
        if (word == null) {
            return null;
        }
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith("dollars") || w.endsWith("dollar") || w.equals("dlrs")) {
            if (w.startsWith("canadian")) {
                return "CAD";
            }
            if (w.startsWith("australian")) {
                return "AUD";
            }
            if (w.startsWith("hong")) {
                return "HKD";
            }
            if (w.startsWith("singapore")) {
                return "SGD";
            }
            return "USD";
        }
        if (w.startsWith("euro")) {
            return "EUR";
        }
        if (w.startsWith("pound") || w.equals("sterling") || w.equals("pence")) {
            return "GBP";
        }
        if (w.equals("yen")) {
            return "JPY";
        }
        if (w.equals("yuan") || w.equals("renminbi") || w.equals("rmb")) {
            return "CNY";
        }
        if (w.startsWith("rupee")) {
            return "INR";
        }
        if (w.equals("won")) {
            return "KRW";
        }
        if (w.startsWith("franc")) {
            return "CHF";
        }
        if (w.startsWith("riyal")) {
            return "SAR";
        }
        if (w.startsWith("dirham")) {
            return "AED";
        }
        return w.length() == 3 ? w.toUpperCase(Locale.ROOT) : null;
    }

    private static BigDecimal number(String s) {
        return new BigDecimal(s.replace(",", ""));
    }

    private static BigDecimal scale(String s) {
        if (s == null) {
            return BigDecimal.ONE;
        }
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "trillion", "tn", "trn" -> new BigDecimal("1e12");
            case "billion", "bln", "bn", "b" -> new BigDecimal("1e9");
            case "million", "mln", "mn", "m" -> new BigDecimal("1e6");
            case "thousand", "k" -> new BigDecimal("1e3");
            case "crore", "crores", "cr" -> new BigDecimal("1e7");
            case "lakh", "lakhs" -> new BigDecimal("1e5");
            default -> BigDecimal.ONE;
        };
    }

    private static BigDecimal clean(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** Whether the text has a figure with a large scale word ("18.6 crore", "$2bn", "three hundred billion"). */
    static boolean hasLargeScale(String text) {
        return LARGE_SCALED.matcher(text).find();
    }
}
