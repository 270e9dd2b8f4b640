package org.pactwatch.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.lucene.tests.util.TestUtil;

/**
 * Random and mutated texts for the extraction properties: word soup over the words the rules look for (triggers,
 * company names, amounts, dates, status cues) mixed with Lucene's random Unicode, and the dev set's articles cut,
 * doubled, spliced and sprinkled with awkward characters (lone surrogates, zero-width and control characters).
 */
final class RandomTexts {

    /** Words the rules react to, so random text reaches deep into the pipeline rather than stopping at the filter. */
    private static final List<String> DEAL_WORDS = List.of(
            "invest",
            "invested",
            "investing",
            "investment",
            "raise",
            "raised",
            "led",
            "acquire",
            "acquired",
            "acquisition",
            "buy",
            "bought",
            "takeover",
            "taking over",
            "merge",
            "merger",
            "sell",
            "sold",
            "commit",
            "committed",
            "commitment",
            "spend",
            "spent",
            "give",
            "pay",
            "paid",
            "put",
            "deploy",
            "issue",
            "promise",
            "reinvest",
            "partner",
            "partnership",
            "agreement",
            "deal",
            "pact",
            "contract",
            "supply",
            "chips",
            "GPUs",
            "cloud",
            "compute",
            "capacity",
            "stake",
            "valuation",
            "valued at",
            "round",
            "Series B",
            "tranche",
            "denied",
            "in talks",
            "people familiar with",
            "completed",
            "announced",
            "will",
            "would",
            "not",
            "no",
            "from",
            "by",
            "to",
            "in",
            "into",
            "with",
            "for",
            "of",
            "at",
            "the",
            "a",
            "an",
            "its",
            "their",
            "it",
            "we",
            "our",
            "the Company",
            "which",
            "that",
            "who",
            "and",
            "or",
            "but",
            "also",
            "said",
            "on Monday",
            "in 2024",
            "last year",
            "by 2027",
            "over five years",
            "for seven years",
            "percent",
            "%",
            "exclusive",
            "primary provider",
            "board seat",
            "observer",
            "revenue share",
            "convertible notes",
            "the deal",
            "the company",
            "the lab",
            "the startup",
            "firm",
            "group",
            "unit",
            "Inc.",
            "Ltd",
            "LLC",
            "plc");

    private static final List<String> AMOUNTS = List.of(
            "$4 billion",
            "$4bn",
            "US$2.5 billion",
            "€1 billion",
            "£750 million",
            "¥1 trillion",
            "$100 billion-plus",
            "up to $25 billion",
            "more than $10 billion",
            "between $1 billion and $2 billion",
            "$1–2 billion",
            "50 bln dlrs",
            "$7.35 a share",
            "75 pence",
            "10%",
            "a 49% stake",
            "$",
            "€",
            "$1,000,000",
            "$0.5m",
            "USD 3 billion",
            "$13bn+",
            "$-1",
            "$ 5",
            "1e9 dollars",
            "$999999999999999999999 trillion",
            "£.5bn",
            "Rs 90 crore",
            "₹5,91,61,730",
            "C$400 million");

    private static final List<String> PUNCTUATION = List.of(
            ".", ",", ";", ":", "!", "?", "(", ")", "\"", "'", "’s", "-", "–", "—", "/", "\n", "\n\n", "\t", "...", "[",
            "]", "&", "*", "#", "@", "\u00A0", "\u200B", "\r\n");

    /** Characters that have broken text handling elsewhere: surrogates alone, joiners, marks, controls. */
    private static final List<String> AWKWARD = List.of(
            "\uD83D",
            "\uDE00",
            "\uD83D\uDE00",
            "\u0301",
            "\u200D",
            "\u200E",
            "\u202E",
            "\uFEFF",
            "\u2028",
            "\u2029",
            "\u0000",
            "\u0007",
            "\u001B",
            "\uFFFD",
            "\uFFFF",
            "\r",
            "\u00AD",
            "ﬁ",
            "İ",
            "ß",
            "Σ",
            "\u3000",
            "$$",
            "%%",
            "((",
            "))",
            "\"\"",
            "\\",
            "^",
            "~");

    private final List<String> companies;
    private final List<String> articles;

    private RandomTexts(List<String> companies, List<String> articles) {
        this.companies = companies;
        this.articles = articles;
    }

    /** Over the shipped registry's names and the dev set's articles (data/gold/docs). */
    static RandomTexts load() {
        List<String> names = new ArrayList<>();
        try (InputStream in = RandomTexts.class.getResourceAsStream("/pactwatch-data/companies.csv")) {
            if (in == null) {
                throw new IllegalStateException("no /pactwatch-data/companies.csv on the class path");
            }
            String csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            csv.lines().skip(1).forEach(line -> {
                int comma = line.indexOf(',');
                if (comma > 0) {
                    names.add(line.substring(0, comma));
                }
            });
            try (Stream<Path> files = Files.list(Path.of("data", "gold", "docs"))) {
                List<String> texts = new ArrayList<>();
                for (Path file : files.sorted().toList()) {
                    texts.add(Files.readString(file));
                }
                return new RandomTexts(List.copyOf(names), List.copyOf(texts));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int articleCount() {
        return articles.size();
    }

    /** A random text: word soup, Lucene's random Unicode, or both interleaved; from empty to a few thousand chars. */
    String random(Random r) {
        return switch (r.nextInt(6)) {
            case 0 -> TestUtil.randomRealisticUnicodeString(r, 0, 400);
            case 1 -> TestUtil.randomUnicodeString(r, 300);
            case 2 -> TestUtil.randomAnalysisString(r, 300, r.nextBoolean());
            default -> soup(r, 1 + r.nextInt(r.nextInt(10) == 0 ? 600 : 80));
        };
    }

    /** Words the rules look for, company names, amounts and punctuation, with now and then something awkward. */
    String soup(Random r, int tokens) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < tokens; i++) {
            int pick = r.nextInt(100);
            String token;
            if (pick < 35) {
                token = pickOf(r, DEAL_WORDS);
            } else if (pick < 55) {
                token = pickOf(r, companies);
            } else if (pick < 67) {
                token = pickOf(r, AMOUNTS);
            } else if (pick < 82) {
                token = pickOf(r, PUNCTUATION);
            } else if (pick < 88) {
                token = pickOf(r, AWKWARD);
            } else if (pick < 94) {
                token = TestUtil.randomRealisticUnicodeString(r, 1, 12);
            } else {
                token = capitalized(TestUtil.randomSimpleString(r, 1, 10));
            }
            if (!out.isEmpty() && r.nextInt(8) != 0) {
                out.append(' ');
            }
            out.append(r.nextInt(20) == 0 ? token.toUpperCase(java.util.Locale.ROOT) : token);
        }
        return out.toString();
    }

    /** One of the dev set's articles with one to six random edits. */
    String mutated(Random r) {
        StringBuilder text = new StringBuilder(pickOf(r, articles));
        int edits = 1 + r.nextInt(6);
        for (int i = 0; i < edits; i++) {
            mutate(r, text);
        }
        return text.toString();
    }

    private void mutate(Random r, StringBuilder text) {
        int n = text.length();
        int at = n == 0 ? 0 : r.nextInt(n + 1);
        int span = n == 0 ? 0 : r.nextInt(Math.min(n - Math.min(at, n), 1 + r.nextInt(200)) + 1);
        int end = Math.min(n, at + span);
        switch (r.nextInt(10)) {
            case 0 -> text.delete(at, end); // may split a surrogate pair or a word
            case 1 -> text.insert(at, text.substring(at, end)); // a doubled passage
            case 2 -> text.insert(at, soup(r, 1 + r.nextInt(15)));
            case 3 -> text.insert(at, pickOf(r, AWKWARD));
            case 4 -> text.insert(at, TestUtil.randomRealisticUnicodeString(r, 1, 30));
            case 5 -> text.replace(at, end, text.substring(at, end).toUpperCase(java.util.Locale.ROOT));
            case 6 -> text.setLength(at); // cut off mid-sentence
            case 7 -> text.insert(at, ' ' + pickOf(r, AMOUNTS) + ' ');
            case 8 -> {
                // a passage of another article spliced in
                String other = pickOf(r, articles);
                int from = r.nextInt(other.length());
                text.insert(at, other, from, Math.min(other.length(), from + 1 + r.nextInt(300)));
            }
            default -> {
                // one character replaced by punctuation, a digit or a line break
                if (at < n) {
                    String chars = "$€%()\"'.,;:-–\n\t 0123456789";
                    text.setCharAt(at, chars.charAt(r.nextInt(chars.length())));
                }
            }
        }
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String pickOf(Random r, List<String> list) {
        return list.get(r.nextInt(list.size()));
    }
}
