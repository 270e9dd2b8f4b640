package org.pactwatch.extraction.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pactwatch.extraction.ExtractedDeal.Evidence;
import org.pactwatch.extraction.ExtractedDeal.Term;
import org.pactwatch.extraction.ExtractedDeal.TermKind;

/** The terms regulators look for (stake, instrument, exclusivity, seats, chips, capacity …) in a sentence. */
final class Terms {

    private record Rule(TermKind kind, Pattern pattern, int valueGroup) {}

    private static final int CI = Pattern.CASE_INSENSITIVE;
    private static final List<Rule> RULES = List.of(
            new Rule(
                    TermKind.STAKE_PERCENT,
                    Pattern.compile(
                            "(\\d+(?:\\.\\d+)?\\s?(?:%|percent|per cent))(?:\\s(?:minority|majority|equity|ownership))?\\s(?:stake|interest|ownership)",
                            CI),
                    1),
            new Rule(
                    TermKind.STAKE_PERCENT,
                    Pattern.compile("\\b((?:minority|majority|controlling) (?:stake|interest))", CI),
                    1),
            new Rule(
                    TermKind.INSTRUMENT,
                    Pattern.compile(
                            "\\b(convertible (?:notes?|debt|preferred stock|securities)|non-voting (?:shares|stock|equity)|warrants?|preferred (?:stock|shares)|common (?:stock|shares)|SAFE notes?|simple agreements? for future equity)\\b",
                            CI),
                    1),
            new Rule(TermKind.EXCLUSIVITY, Pattern.compile("\\b(exclusive(?:ly)?|exclusivity)\\b", CI), 1),
            new Rule(
                    TermKind.PRIMARY_PROVIDER,
                    Pattern.compile(
                            "\\b((?:primary|preferred|main|principal) (?:cloud |training |compute )?(?:provider|partner|supplier))\\b",
                            CI),
                    1),
            new Rule(
                    TermKind.OBSERVER_SEAT,
                    Pattern.compile("\\b((?:board )?observer(?: seat| role| status)?)\\b", CI),
                    1),
            new Rule(
                    TermKind.BOARD_SEAT,
                    Pattern.compile("\\b((?:a |two |one )?(?:seats? on (?:its|the|their) board|board seats?))\\b", CI),
                    1),
            new Rule(
                    TermKind.CHIPS,
                    Pattern.compile(
                            "\\b(Trainium\\d?|Inferentia\\d?|TPUs?|GPUs?|[HB]\\d00s?|GB\\d00s?|Blackwell|Hopper|Rubin|MI\\d{3}X?|Maia(?: \\d+)?|Ironwood|Trillium)\\b"),
                    1),
            new Rule(
                    TermKind.CAPACITY,
                    Pattern.compile("\\b(\\d+(?:\\.\\d+)?\\s?(?:gigawatts?|GW|megawatts?|MW))\\b"),
                    1),
            new Rule(
                    TermKind.REVENUE_SHARE,
                    Pattern.compile(
                            "\\b(revenue[- ]shar(?:e|ing)|share of (?:the |its )?(?:revenue|profits?)|\\d+% of (?:its |the )?(?:revenue|profits?))",
                            CI),
                    1));

    private Terms() {}

    static List<Term> find(Sentence s, String valuation) {
        List<Term> out = new ArrayList<>();
        Evidence ev = new Evidence(s.text(), s.begin(), s.end());
        for (Rule r : RULES) {
            Matcher m = r.pattern().matcher(s.text());
            while (m.find()) {
                String value = m.group(r.valueGroup());
                boolean dup = out.stream()
                        .anyMatch(t -> t.kind() == r.kind() && t.value().equalsIgnoreCase(value));
                if (!dup) {
                    out.add(new Term(r.kind(), value, ev));
                }
            }
        }
        if (valuation != null) {
            out.add(new Term(TermKind.VALUATION, valuation, ev));
        }
        return out;
    }

    private static final Pattern TERM = Pattern.compile(
            "\\b(?:(decade)-long|(\\w+)[- ](year|month)(?:-long)?\\b(?! old)|(?:over|for|across|spanning) (?:the next |a period of )?(\\w+) (years|months))",
            CI);

    /** "over 10 years" → 120, "decade-long" → 120, "seven-year" → 84; null when the text states no term. */
    /** A stated duration: where it starts in the text and its length in months. */
    record Duration(int begin, int months) {}

    static List<Duration> durations(String text) {
        List<Duration> out = new java.util.ArrayList<>();
        Matcher m = TERM.matcher(text);
        while (m.find()) {
            Integer months = termMonths(m.group());
            if (months != null) {
                out.add(new Duration(m.start(), months));
            }
        }
        return out;
    }

    static Integer termMonths(String text) {
        Matcher m = TERM.matcher(text);
        while (m.find()) {
            if (m.group(1) != null) {
                return 120;
            }
            String n = m.group(2) != null ? m.group(2) : m.group(4);
            String unit = m.group(3) != null ? m.group(3) : m.group(5);
            Integer count = number(n);
            if (count != null && count > 0 && count <= 50) {
                return unit.toLowerCase(Locale.ROOT).startsWith("year") ? count * 12 : count;
            }
        }
        return null;
    }

    private static final List<String> WORDS = List.of(
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty");

    private static Integer number(String s) {
        String l = s.toLowerCase(Locale.ROOT);
        if (l.matches("\\d{1,3}")) {
            return Integer.parseInt(l);
        }
        if (l.equals("decade")) {
            return 10;
        }
        int i = WORDS.indexOf(l);
        return i >= 0 ? i : null;
    }
}
