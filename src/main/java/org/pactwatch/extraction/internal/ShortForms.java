package org.pactwatch.extraction.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Short names, initials and abbreviations that stand for a company named in full earlier in the document. */
final class ShortForms {

    private final NameContext names;
    private final Map<String, Mention> abbreviations = new HashMap<>();
    private final Set<String> notCompanies = new HashSet<>();
    /** Initials and first words of the multi-word names seen so far, each with the first name it stands for. */
    private final Map<String, Mention> shortForms = new HashMap<>();

    private final Map<String, String> shortNames = new HashMap<>();

    ShortForms(NameContext names) {
        this.names = names;
    }

    /** After "Inflection AI" or "Cerebras Systems", a later "Inflection" or "Cerebras" is the same company. */
    void rememberShortName(Mention m) {
        String[] words = m.name().split(" ");
        if (words.length >= 2 && words[0].length() >= 4 && Character.isUpperCase(words[0].charAt(0))) {
            shortNames.putIfAbsent(words[0], m.name());
        }
    }

    void addShortNames(Sentence s, boolean[] covered, List<Mention> out) {
        for (int i = 0; i < s.size(); i++) {
            String name = covered[i] ? null : shortNames.get(s.tok(i).word());
            if (name != null) {
                out.add(new Mention(
                        i, i + 1, name, names.parentOf(name), s.tok(i).word(), true, false));
                covered[i] = true;
            }
        }
    }

    /**
     * "LG Energy Solution (LGES)" makes LGES a name of that company for the rest of the document; "a power
     * purchase agreement (PPA)" makes PPA a name of no company; "LONDON (Alliance News) -" names the source.
     */
    void applyAbbreviations(Sentence s, List<Mention> out) {
        for (int i = 1; i + 2 < s.size(); i++) {
            if (!s.tok(i).is("-lrb-", "(") || !s.tok(i + 2).is("-rrb-", ")")) {
                continue;
            }
            int open = i;
            Mention inside = out.stream()
                    .filter(m -> m.start() == open + 1 && m.end() == open + 2)
                    .findFirst()
                    .orElse(null);
            if (inside == null) {
                continue;
            }
            Mention named = out.stream()
                    .filter(m -> m.end() == open && !m.reference())
                    .findFirst()
                    .orElse(null);
            boolean dateline = i + 3 < s.size() && s.tok(i + 3).word().matches("[-–—]+");
            if (named != null && !dateline) {
                abbreviations.put(inside.text(), named);
                out.remove(inside);
            } else if (dateline || Character.isLowerCase(s.tok(i - 1).word().charAt(0))) {
                notCompanies.add(inside.text());
                out.remove(inside);
            }
        }
        out.replaceAll(m -> {
            Mention full = m.reference() ? null : abbreviations.get(m.text());
            if (full == null && !m.registered()) {
                full = fullerName(m.reference() ? m.name() : m.text());
            }
            if (full != null && m.reference()) {
                return new Mention(m.start(), m.end(), full.name(), full.parent(), m.text(), full.registered(), true);
            }
            return full == null
                    ? m
                    : new Mention(m.start(), m.end(), full.name(), full.parent(), m.text(), full.registered(), false);
        });
        out.removeIf(m -> !m.reference() && !m.registered() && notCompanies.contains(m.text()));
        out.stream().filter(m -> !m.reference() && m.name().contains(" ")).forEach(this::rememberShortForms);
        // "Trial, a store operator, …" then "Trial plans to buy …": a one-word company the NER misses later
        out.stream()
                .filter(m -> !m.reference() && !m.registered() && !m.name().contains(" "))
                .filter(m -> m.name().length() >= 3 && m.name().equals(m.text()))
                .forEach(m -> shortForms.putIfAbsent(m.name(), m));
    }

    private void rememberShortForms(Mention m) {
        String[] words = m.name().split(" ");
        // initials as written too: "INCJ" for "Innovation Network Corp. of Japan", whose name drops "Corp."
        String[] written = m.text().replace(".", "").split("\\s+");
        for (String form : List.of(words[0], initials(words), initials(written))) {
            if (form.length() >= 3) {
                shortForms.putIfAbsent(form, m);
            }
        }
    }

    /**
     * A company the registry lacks, named in full earlier in the document: "LGES" after "LG Energy Solution"
     * (its initials), "Toyota" after "Toyota Motor" (its first word).
     */
    private Mention fullerName(String text) {
        return shortForms.get(text);
    }

    private static String initials(String[] words) {
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            if (w.isEmpty() || w.matches("(?i)of|de|des|du|and|&|the|für")) {
                continue;
            }
            b.append(w.equals(w.toUpperCase(Locale.ROOT)) ? w.replaceAll("[^A-Z]", "") : w.substring(0, 1));
        }
        return b.toString().toUpperCase(Locale.ROOT);
    }

    /** Initials or a first word the NER does not tag, of a company named in full earlier ("PES", "Corvane"). */
    void addEarlierNames(Sentence s, boolean[] covered, List<Mention> out) {
        for (int i = 0; i < s.size(); i++) {
            Mention full = covered[i] || !s.tok(i).capitalized()
                    ? null
                    : fullerName(s.tok(i).word());
            if (full != null && (i + 1 >= s.size() || !s.tok(i + 1).capitalized())) {
                out.add(new Mention(
                        i, i + 1, full.name(), full.parent(), s.tok(i).word(), full.registered(), false));
                covered[i] = true;
            }
        }
    }
}
