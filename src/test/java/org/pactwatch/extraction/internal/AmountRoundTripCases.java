package org.pactwatch.extraction.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pactwatch.RandomCases;
import org.pactwatch.extraction.ExtractedDeal.Amount;
import org.pactwatch.extraction.ExtractedDeal.Qualifier;
import org.pactwatch.extraction.FxRates;

/**
 * Randomized round trip of the amount parser: a random amount written one of the ways news and filings write it
 * ("US$2.5bn", "up to 40 million euros", "between £1 billion and £2 billion", "$100 billion-plus") parses to the
 * value, currency, qualifier and bounds it was made from, in normalized form (no trailing zeros); written back in
 * the normalized form ("up to EUR 40000000") it parses to the same amount, with the same US dollars.
 */
abstract class AmountRoundTripCases {

    private static final long SEED = 0xA11_0C0DEL;
    private static final LocalDate DATE = LocalDate.of(2024, 6, 1);
    private static final AmountParser PARSER = new AmountParser(FxRates.loadDefault());

    /** Currency writings: before the number (symbol or code) or after it (word), with the ISO code they mean. */
    private record Writing(String before, String after, String iso) {}

    private static final List<Writing> WRITINGS = List.of(
            new Writing("$", "", "USD"),
            new Writing("US$", "", "USD"),
            new Writing("USD ", "", "USD"),
            new Writing("", " dollars", "USD"),
            new Writing("", " dlrs", "USD"),
            new Writing("€", "", "EUR"),
            new Writing("EUR ", "", "EUR"),
            new Writing("", " euros", "EUR"),
            new Writing("£", "", "GBP"),
            new Writing("", " pounds", "GBP"),
            new Writing("¥", "", "JPY"),
            new Writing("", " yen", "JPY"),
            new Writing("", " yuan", "CNY"),
            new Writing("C$", "", "CAD"),
            new Writing("A$", "", "AUD"),
            new Writing("HK$", "", "HKD"),
            new Writing("CHF ", "", "CHF"),
            new Writing("", " francs", "CHF"),
            new Writing("₩", "", "KRW"),
            new Writing("", " won", "KRW"),
            new Writing("SEK ", "", "SEK"));

    private record Scale(String word, BigDecimal factor) {}

    private static final List<Scale> SCALES = List.of(
            new Scale("", BigDecimal.ONE),
            new Scale(" thousand", new BigDecimal("1e3")),
            new Scale(" million", new BigDecimal("1e6")),
            new Scale("m", new BigDecimal("1e6")),
            new Scale(" mln", new BigDecimal("1e6")),
            new Scale(" billion", new BigDecimal("1e9")),
            new Scale("bn", new BigDecimal("1e9")),
            new Scale(" bln", new BigDecimal("1e9")),
            new Scale(" trillion", new BigDecimal("1e12")),
            new Scale("tn", new BigDecimal("1e12")));

    /** How many amounts this tier writes and parses. */
    abstract int cases();

    @Test
    void amountsRoundTripThroughTheirNormalizedForm() {
        RandomCases.run("amount round trip", RandomCases.seed(SEED), RandomCases.count(cases()), (i, r) -> {
            Made made = make(r);
            String sentence = "Acme Robotics will pay " + made.written + " for the unit.";
            Amount parsed = only(sentence);
            assertThat(parsed.currency()).as(sentence).isEqualTo(made.iso);
            assertThat(parsed.qualifier()).as(sentence).isEqualTo(made.qualifier);
            assertThat(parsed.value()).as(sentence).isEqualByComparingTo(made.value);
            assertSame(parsed.min(), made.min, "min of " + sentence);
            assertSame(parsed.max(), made.max, "max of " + sentence);
            assertThat(parsed.text()).as(sentence).isEqualTo(made.written);
            for (BigDecimal v : new BigDecimal[] {parsed.value(), parsed.min(), parsed.max(), parsed.usd()}) {
                assertNormalized(v, sentence);
            }

            String normalized = "Acme Robotics will pay " + normalizedForm(parsed) + " for the unit.";
            Amount again = only(normalized);
            assertThat(again)
                    .as("%s parsed as %s, written back as %s", sentence, parsed, normalized)
                    .usingRecursiveComparison()
                    .ignoringFields("text")
                    .isEqualTo(parsed);
        });
    }

    /** One amount as written, and what it should parse to. */
    private record Made(
            String written, String iso, Qualifier qualifier, BigDecimal value, BigDecimal min, BigDecimal max) {}

    private static Made make(Random r) {
        Writing w = WRITINGS.get(r.nextInt(WRITINGS.size()));
        Scale scale = SCALES.get(r.nextInt(SCALES.size()));
        BigDecimal n1 = number(r);
        BigDecimal v1 = n1.multiply(scale.factor);
        String one = w.before + written(n1, r) + scale.word + w.after;
        switch (r.nextInt(8)) {
            case 0 -> {
                return new Made("up to " + one, w.iso, Qualifier.UP_TO, v1, null, v1);
            }
            case 1 -> {
                String q = pick(r, "more than", "over", "in excess of", "north of");
                return new Made(q + " " + one, w.iso, Qualifier.MORE_THAN, v1, v1, null);
            }
            case 2 -> {
                return new Made("at least " + one, w.iso, Qualifier.AT_LEAST, v1, v1, null);
            }
            case 3 -> {
                String q = pick(r, "about", "around", "roughly", "nearly", "approximately");
                return new Made(q + " " + one, w.iso, Qualifier.ABOUT, v1, null, null);
            }
            case 4 -> {
                if (!w.before.isEmpty() && w.after.isEmpty()) {
                    return new Made(one + "-plus", w.iso, Qualifier.MORE_THAN, v1, v1, null);
                }
                return new Made(one, w.iso, Qualifier.EXACT, v1, null, null);
            }
            case 5 -> {
                // a range: "between €1 billion and €2 billion", "$1 billion to $2 billion", "$1–2 billion"
                BigDecimal n2 = n1.add(number(r));
                BigDecimal v2 = n2.multiply(scale.factor);
                String range;
                if (!w.after.isEmpty()) {
                    // the currency word once, at the end: "between 1 and 2 billion euros", "1 billion to 2 billion
                    // euros"
                    String first = written(n1, r) + (r.nextBoolean() ? scale.word : "");
                    String second = written(n2, r) + scale.word + w.after;
                    // in "1 to 2 billion euros" the second number's scale word counts for the first
                    range = r.nextBoolean() ? "between " + first + " and " + second : first + " to " + second;
                    return new Made(range, w.iso, Qualifier.RANGE, v2, v1, v2);
                }
                String two = w.before + written(n2, r) + scale.word;
                range = switch (r.nextInt(3)) {
                    case 0 -> "between " + one + " and " + two;
                    case 1 -> one + " to " + two;
                    default -> w.before + written(n1, r) + pick(r, "-", "–") + written(n2, r) + scale.word;
                };
                return new Made(range, w.iso, Qualifier.RANGE, v2, v1, v2);
            }
            default -> {
                return new Made(one, w.iso, Qualifier.EXACT, v1, null, null);
            }
        }
    }

    /** 1 to 999,999 with up to three decimals: most small, as amounts with a scale word are. */
    private static BigDecimal number(Random r) {
        long whole = switch (r.nextInt(4)) {
            case 0 -> 1 + r.nextInt(9);
            case 1 -> 1 + r.nextInt(99);
            case 2 -> 1 + r.nextInt(999);
            default -> 1 + r.nextInt(999_999);
        };
        int decimals = r.nextInt(3) == 0 ? 1 + r.nextInt(3) : 0;
        return BigDecimal.valueOf(whole * (long) Math.pow(10, decimals) + r.nextInt((int) Math.pow(10, decimals)))
                .movePointLeft(decimals);
    }

    /** The number as a text writes it: plain, or with thousands separators. */
    private static String written(BigDecimal n, Random r) {
        String plain = n.toPlainString();
        if (n.compareTo(new BigDecimal(1000)) < 0 || r.nextBoolean()) {
            return plain;
        }
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        StringBuilder grouped = new StringBuilder(whole);
        for (int at = whole.length() - 3; at > 0; at -= 3) {
            grouped.insert(at, ',');
        }
        return grouped + (dot < 0 ? "" : plain.substring(dot));
    }

    /** The normalized amount written back: ISO code and plain numbers, the qualifier as words. */
    private static String normalizedForm(Amount a) {
        String value = a.currency() + " " + a.value().toPlainString();
        return switch (a.qualifier()) {
            case EXACT -> value;
            case UP_TO -> "up to " + value;
            case MORE_THAN -> "more than " + value;
            case AT_LEAST -> "at least " + value;
            case ABOUT -> "about " + value;
            case RANGE ->
                "between " + a.currency() + " " + a.min().toPlainString() + " and " + a.currency() + " "
                        + a.max().toPlainString();
        };
    }

    private static Amount only(String sentence) {
        List<AmountParser.Found> found = PARSER.find(sentence, DATE);
        assertThat(found).as("amounts in %s", sentence).hasSize(1);
        AmountParser.Found f = found.getFirst();
        assertThat(sentence.substring(f.begin(), f.end()))
                .as("span of %s", sentence)
                .isEqualTo(f.amount().text());
        return f.amount();
    }

    private static void assertSame(BigDecimal actual, BigDecimal expected, String what) {
        if (expected == null) {
            assertThat(actual).as(what).isNull();
        } else {
            assertThat(actual).as(what).isEqualByComparingTo(expected);
        }
    }

    /** Normalized: no trailing zeros and no exponent, so 5e10 is 50000000000 and 2.50 is 2.5. */
    private static void assertNormalized(BigDecimal v, String what) {
        if (v == null) {
            return;
        }
        BigDecimal stripped = v.stripTrailingZeros();
        assertThat(v)
                .as("normal form of %s in %s", v, what)
                .isEqualTo(stripped.scale() < 0 ? stripped.setScale(0) : stripped);
    }

    private static String pick(Random r, String... options) {
        return options[r.nextInt(options.length)];
    }
}
