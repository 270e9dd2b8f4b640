package org.pactwatch.extraction.internal;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pactwatch.company.CompanyRegistry;
import org.pactwatch.company.CompanyRegistry.Company;

/** What "it", "the company", "the start-up" or the filer's "we" point back to, from what the document named so far. */
final class References {

    static final Set<String> REGISTRANT_WORDS = RuleFiles.words("registrant-words");

    private static final Set<String> BACK_REFERENCE_NOUNS = RuleFiles.words("back-reference-nouns");

    private static final Map<String, Set<String>> DESCRIPTOR_KINDS = RuleFiles.read("descriptor-kinds.tsv").stream()
            .collect(java.util.stream.Collectors.toUnmodifiableMap(row -> row[0], row -> Set.of(row[1].split(","))));

    private final CompanyRegistry registry;
    private final NameContext names;
    private final Mention registrant;
    private final Map<String, Integer> companyCounts = new LinkedHashMap<>();
    private Mention lastSubject;

    References(NameContext names, String registrantName) {
        this.registry = names.registry();
        this.names = names;
        this.registrant = registrantMention(registrantName);
    }

    Mention registrant() {
        return registrant;
    }

    Mention lastSubject() {
        return lastSubject;
    }

    /** How often each company was named, in the order first named. */
    Map<String, Integer> companyCounts() {
        return companyCounts;
    }

    void count(List<Mention> mentions) {
        mentions.stream().filter(m -> !m.reference()).forEach(m -> companyCounts.merge(m.name(), 1, Integer::sum));
    }

    /** The sentence's first registered company in subject position, for references in later sentences. */
    void rememberSubject(Sentence s, List<Mention> mentions) {
        mentions.stream()
                .filter(m -> !m.reference() && m.registered())
                .filter(m -> !Marks.possessive(s, m)
                        || m.end() + 1 < s.size() && s.tok(m.end() + 1).pos().startsWith("VB"))
                .filter(m -> m.end() >= s.size() || !s.tok(m.end()).pos().startsWith("NN"))
                .filter(m -> Marks.mark(s, m, mentions) == null)
                .findFirst()
                .ifPresent(m -> lastSubject = m);
    }

    private Mention registrantMention(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        var known = registry.lookup(name);
        return known.map(c -> new Mention(-1, -1, c.name(), names.parentOf(c.name()), name, true, true))
                .orElseGet(() -> new Mention(-1, -1, name.strip(), null, name, false, true));
    }

    void addReferences(Sentence s, boolean[] covered, List<Mention> out) {
        for (int i = 0; i < s.size(); i++) {
            if (covered[i]) {
                continue;
            }
            Tok t = s.tok(i);
            Mention antecedent = null;
            int end = i + 1;
            if (registrant != null && REGISTRANT_WORDS.contains(t.lower())) {
                antecedent = registrant;
            } else if (t.is("the") && startUp(s, i + 1)) {
                // "the start-up" split into three tokens
                end = i + 4;
                antecedent = apposed(s, out, i, end);
                if (antecedent == null) {
                    antecedent = firstBefore(out, i);
                    if (antecedent != null && objectPosition(s, i)) {
                        antecedent = objectReference(s, out, i, antecedent);
                    }
                }
            } else if (t.is("the") && backReferenceEnd(s, i) > 0) {
                // "the company", "the cloud company", "the search giant"
                boolean filingCompany = s.tok(i + 1).word().equals("Company") && registrant != null;
                end = backReferenceEnd(s, i);
                Mention apposed = filingCompany ? null : apposed(s, out, i, end);
                antecedent = filingCompany ? registrant : apposed != null ? apposed : firstBefore(out, i);
                if (!filingCompany && apposed == null && antecedent != null && objectPosition(s, i)) {
                    // "Microsoft invested €15 million in the company": not the subject, the company in focus
                    antecedent = objectReference(s, out, i, antecedent);
                }
                if (!filingCompany && apposed == null) {
                    antecedent = ofDescribedKind(s, out, i, end, antecedent);
                }
            } else if (t.is("it", "its")) {
                antecedent = firstBefore(out, i);
            } else if (t.is("which", "who") && i >= 2 && s.tok(i - 1).is(",")) {
                int comma = i - 1;
                antecedent =
                        out.stream().filter(m -> m.end() == comma).findFirst().orElse(null);
            }
            if (antecedent != null) {
                out.add(new Mention(
                        i,
                        end,
                        antecedent.name(),
                        antecedent.parent(),
                        names.spanText(s, i, end),
                        antecedent.registered(),
                        true));
                i = end - 1;
            }
        }
    }

    /**
     * "in Anthropic, the AI safety startup behind Claude": a description set off by a comma right after a name
     * is that name, unless a verb follows it ("Anthropic, the company said").
     */
    private static Mention apposed(Sentence s, List<Mention> out, int the, int end) {
        if (the < 2
                || !s.tok(the - 1).is(",")
                || end < s.size() && s.tok(end).pos().matches("VB.*|MD")) {
            return null;
        }
        return out.stream()
                .filter(m -> m.end() == the - 1 && !m.reference())
                .findFirst()
                .orElse(null);
    }

    /**
     * "signed a deal with OpenAI for the AI company to purchase …": a description that names a kind of company
     * means the nearest earlier company of that kind when the chosen one is of another kind.
     */
    private Mention ofDescribedKind(Sentence s, List<Mention> out, int the, int end, Mention chosen) {
        Set<String> kinds = new HashSet<>();
        for (int j = the + 1; j < end; j++) {
            kinds.addAll(DESCRIPTOR_KINDS.getOrDefault(s.tok(j).lower(), Set.of()));
        }
        if (kinds.isEmpty() || chosen != null && kindIn(chosen, kinds)) {
            return chosen;
        }
        Mention nearest = null;
        for (Mention m : out) {
            if (!m.reference()
                    && m.start() < the
                    && kindIn(m, kinds)
                    && (nearest == null || m.start() > nearest.start())) {
                nearest = m;
            }
        }
        if (nearest == null && lastSubject != null && kindIn(lastSubject, kinds)) {
            nearest = lastSubject;
        }
        return nearest != null ? nearest : chosen;
    }

    private boolean kindIn(Mention m, Set<String> kinds) {
        return registry.kind(m.name()).map(kinds::contains).orElse(false);
    }

    private static boolean startUp(Sentence s, int i) {
        return i + 2 < s.size()
                && s.tok(i).is("start")
                && s.tok(i + 1).is("-")
                && s.tok(i + 2).is("up");
    }

    /** "in the company", "promised the company": not "as the lab deploys", where the phrase is a subject. */
    private boolean objectPosition(Sentence s, int the) {
        if (the == 0) {
            return false;
        }
        int after = startUp(s, the + 1) ? the + 4 : Math.max(the + 2, backReferenceEnd(s, the));
        if (after < s.size()
                && (s.tok(after).pos().startsWith("VB")
                        || s.tok(after).pos().equals("MD")
                        || s.tok(after).is("private"))) {
            // "as the lab deploys"; "Dell filed papers to take the company private" (itself)
            return false;
        }
        Tok before = s.tok(the - 1);
        return !before.is("as")
                && (Marks.isPreposition(before.lower()) || before.pos().startsWith("VB"));
    }

    /**
     * A reference in object position never means the clause's subject, the company named last before it, nor
     * the companies listed with it ("Microsoft and Nvidia will invest … in the company").
     */
    private Mention objectReference(Sentence s, List<Mention> out, int tokenIndex, Mention fallback) {
        Mention last = lastBefore(out, tokenIndex);
        if (last == null) {
            return fallback;
        }
        Set<String> subjects = new HashSet<>(Set.of(last.group()));
        int at = last.start();
        while (at > 1 && s.tok(at - 1).is("and", ",", "&")) {
            int end = at - 1;
            Mention listed = out.stream()
                    .filter(m -> m.end() == end && !m.reference())
                    .findFirst()
                    .orElse(null);
            if (listed == null) {
                break;
            }
            subjects.add(listed.group());
            at = listed.start();
        }
        return focusOtherThan(subjects, out, tokenIndex, s);
    }

    /**
     * The company a reference in object position means: the last other company named earlier in the sentence,
     * else the document's most mentioned company that is not {@code group}; null if none.
     */
    private Mention focusOtherThan(Set<String> excluded, List<Mention> sentenceMentions, int tokenIndex, Sentence s) {
        // an object named earlier in the sentence ("invest in Anthropic") is the likeliest, then any other name
        Mention inSentence = null;
        boolean marked = false;
        for (Mention m : sentenceMentions) {
            if (m.reference() || m.start() >= tokenIndex || excluded.contains(m.group())) {
                continue;
            }
            boolean isObject = Marks.mark(s, m, sentenceMentions) != null;
            if (inSentence == null || isObject && !marked || isObject == marked && m.start() > inSentence.start()) {
                inSentence = m;
                marked = isObject;
            }
        }
        if (inSentence != null) {
            return inSentence;
        }
        Map<String, Integer> counts = new LinkedHashMap<>(companyCounts);
        sentenceMentions.stream().filter(m -> !m.reference()).forEach(m -> counts.merge(m.name(), 1, Integer::sum));
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            String g = registry.ultimateParent(e.getKey()).map(Company::name).orElse(e.getKey());
            if (!excluded.contains(g) && e.getValue() > bestCount && !registry.isProduct(e.getKey())) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        if (best == null) {
            return null;
        }
        var known = registry.byCanonicalName(best);
        return new Mention(-1, -1, best, names.parentOf(best), best, known.isPresent(), true);
    }

    /** "the company", "the search giant", "the AI start-up": end of the phrase, or -1. */
    private int backReferenceEnd(Sentence s, int the) {
        for (int j = the + 1; j < Math.min(s.size(), the + 6); j++) {
            Tok t = s.tok(j);
            boolean place =
                    j + 2 < s.size() && s.tok(j + 1).is("-") && s.tok(j + 2).is("based");
            if (place || t.is("-", "based") && j > the + 1) {
                // "the Redmond-based tech giant", split at the hyphen
                continue;
            }
            if (BACK_REFERENCE_NOUNS.contains(t.lower())) {
                return j + 1 < s.size()
                                && s.tok(j + 1).capitalized()
                                && !s.tok(j + 1).is("The")
                        ? -1
                        : j + 1;
            }
            if (!(t.pos().startsWith("JJ")
                    || t.pos().equals("NN")
                    || t.pos().equals("NNP") && t.word().length() <= 3)) {
                return -1;
            }
        }
        return -1;
    }

    /** The sentence's first named company before the token (mentions are not sorted yet), else the last subject. */
    private Mention firstBefore(List<Mention> mentions, int tokenIndex) {
        Mention first = null;
        for (Mention m : mentions) {
            if (m.start() < tokenIndex && !m.reference() && (first == null || m.start() < first.start())) {
                first = m;
            }
        }
        return first != null ? first : lastSubject;
    }

    private Mention lastBefore(List<Mention> mentions, int tokenIndex) {
        Mention last = null;
        for (Mention m : mentions) {
            if (m.start() < tokenIndex && !m.reference() && (last == null || m.start() > last.start())) {
                last = m;
            }
        }
        return last;
    }
}
