package org.pactwatch.search.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.apache.lucene.tests.util.TestUtil;

/**
 * Random calls of {@code GET /api/v1/search}: query strings built from Lucene's classic syntax (fields, phrases,
 * ranges, wildcards, fuzzy and boost marks, regular expressions, operators, escapes, unbalanced brackets, odd
 * Unicode, too long) and random values of the other parameters (type, sort, page, size, dates, facets).
 */
final class RandomQueries {

    private RandomQueries() {}

    private static final List<String> WORDS = List.of(
            "amazon",
            "openai",
            "anthropic",
            "invest",
            "investment",
            "cloud",
            "compute",
            "billion",
            "deal",
            "Nvidia",
            "microsoft",
            "the",
            "and",
            "or",
            "not",
            "to",
            "AI",
            "2024",
            "1e9",
            "$4",
            "3.5",
            "paris",
            "Ω",
            "日本",
            "naïve",
            "straße");

    private static final List<String> FIELDS = List.of(
            "company",
            "companies",
            "type",
            "status",
            "source_kind",
            "review_state",
            "publisher",
            "title",
            "body",
            "kind",
            "uid",
            "amount_usd",
            "published",
            "date",
            "year",
            "url",
            "nosuchfield",
            "COMPANY",
            "Title",
            "amount_sort",
            "published_sort",
            "");

    private static final List<String> VALUES = List.of(
            "INVESTMENT",
            "cloud_commitment",
            "ANNOUNCED",
            "denied",
            "NEWS",
            "filing",
            "pending",
            "\"amazon web" + " services\"",
            "2024-03-31",
            "2024-13-45",
            "1e9",
            "-5",
            "NaN",
            "Infinity",
            "99999999999999999999999",
            "*",
            "?",
            "",
            "amaz*",
            "*zon",
            "a?z",
            "o*p*e*n*",
            "amazon~",
            "amazon~2",
            "amazon~0.5",
            "amazon^3",
            "amazon^",
            "/ama.*n/",
            "/[/",
            "\\",
            "\\:",
            "\\*",
            "2020");

    private static final List<String> RANGES = List.of(
            "[1e9 TO *]",
            "[* TO 5e9]",
            "{1000000 TO 2000000}",
            "[2023-01-01 TO 2023-12-31]",
            "[2020 TO 2022]",
            "[2024 TO 2020]",
            "[a TO z]",
            "[x TO]",
            "[TO 5]",
            "[1e999 TO *]",
            "[-1 TO -5]",
            "{* TO *}",
            "[2024-02-30 TO 2024-03-01]",
            "[NaN TO 1]",
            "[0x10 TO 0x20]",
            "[",
            "]",
            "{",
            "}",
            "[1 TO 2}");

    private static final List<String> OPERATORS =
            List.of("AND", "OR", "NOT", "&&", "||", "!", "+", "-", "and", "or", "TO", "AND AND", "OR NOT");

    private static final List<String> SYMBOLS = List.of(
            "(",
            ")",
            "\"",
            ":",
            "*",
            "?",
            "~",
            "^",
            "/",
            "\\",
            "[",
            "]",
            "{",
            "}",
            "&",
            "|",
            "!",
            "-",
            "+",
            "@",
            "#",
            "%",
            "\u0000",
            "\uD83D",
            "\uD83D\uDE00",
            "\u200B",
            "\u202E",
            "\n",
            "\t",
            " ",
            "  ");

    /** A random query string, from empty to longer than the service accepts. */
    static String query(Random r) {
        return switch (r.nextInt(20)) {
            case 0 -> "";
            case 1 -> TestUtil.randomUnicodeString(r, 40);
            case 2 -> TestUtil.randomRealisticUnicodeString(r, 0, 60);
            case 3 -> "*".repeat(1 + r.nextInt(3)) + (r.nextBoolean() ? ":" + "*".repeat(r.nextInt(3)) : "");
            case 4 -> "z".repeat(9_990 + r.nextInt(30)); // around the 10,000 character limit
            case 5 -> "a".repeat(1 + r.nextInt(3)) + "*".repeat(1 + r.nextInt(3)); // wide wildcard expansions
            default -> structured(r, 1 + r.nextInt(r.nextInt(8) == 0 ? 60 : 8));
        };
    }

    private static String structured(Random r, int parts) {
        StringBuilder q = new StringBuilder();
        for (int i = 0; i < parts; i++) {
            if (!q.isEmpty() && r.nextInt(6) != 0) {
                q.append(' ');
            }
            int pick = r.nextInt(100);
            if (pick < 25) {
                q.append(pickOf(r, WORDS));
            } else if (pick < 45) {
                q.append(pickOf(r, FIELDS))
                        .append(':')
                        .append(r.nextInt(3) == 0 ? pickOf(r, RANGES) : pickOf(r, VALUES));
            } else if (pick < 55) {
                q.append(pickOf(r, OPERATORS));
            } else if (pick < 65) {
                q.append('"').append(pickOf(r, WORDS)).append(' ').append(pickOf(r, WORDS));
                q.append(r.nextInt(4) == 0 ? "" : "\"").append(r.nextBoolean() ? "" : "~" + r.nextInt(5));
            } else if (pick < 72) {
                q.append('(').append(structured(r, 1 + r.nextInt(3))).append(r.nextInt(4) == 0 ? "" : ")");
            } else if (pick < 80) {
                q.append(pickOf(r, RANGES));
            } else if (pick < 92) {
                q.append(pickOf(r, SYMBOLS));
            } else {
                q.append(TestUtil.randomRealisticUnicodeString(r, 1, 8));
            }
        }
        return q.toString();
    }

    /** The parameters of one random call, URL-encoded: a query, and now and then odd values of the others. */
    static String parameters(Random r) {
        StringBuilder p = new StringBuilder("q=").append(encode(query(r)));
        if (r.nextInt(3) == 0) {
            p.append("&type=").append(encode(pick(r, "deals", "documents", "docs", "DEAL", " deals ", "", "x")));
        }
        if (r.nextInt(3) == 0) {
            p.append("&sort=").append(encode(pick(r, "relevance", "date", "amount", "usd", "", " ", "size", "Date")));
        }
        if (r.nextInt(4) == 0) {
            p.append("&page=").append(encode(pick(r, "0", "1", "49", "50", "-1", "2147483647", "1.5", "", "x")));
        }
        if (r.nextInt(4) == 0) {
            p.append("&size=").append(encode(pick(r, "1", "20", "200", "201", "0", "-3", "99999999999", "", "ten")));
        }
        if (r.nextInt(5) == 0) {
            p.append("&from=").append(encode(pick(r, "2024-01-01", "2024-02-30", "2024", "", " ", "yesterday")));
        }
        if (r.nextInt(5) == 0) {
            p.append("&to=").append(encode(pick(r, "2025-12-31", "1900-01-01", "+999999999-12-31", "31/12/2025")));
        }
        String[] facets = {"company", "dealType", "year", "sourceKind", "status"};
        while (r.nextInt(4) == 0) {
            String value = r.nextBoolean() ? pickOf(r, VALUES) : TestUtil.randomRealisticUnicodeString(r, 0, 20);
            p.append('&').append(facets[r.nextInt(facets.length)]).append('=').append(encode(value));
        }
        return p.toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String pick(Random r, String... options) {
        return options[r.nextInt(options.length)];
    }

    private static String pickOf(Random r, List<String> list) {
        return list.get(r.nextInt(list.size()));
    }
}
