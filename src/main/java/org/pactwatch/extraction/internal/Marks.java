package org.pactwatch.extraction.internal;

import java.util.List;
import java.util.Set;

/** The preposition or phrase ("led by", "by-other") that introduces a company mention in a sentence. */
final class Marks {

    private static final Set<String> PREPOSITIONS = RuleFiles.words("prepositions");
    private static final Set<String> DATE_WORDS = RuleFiles.words("date-words");
    private static final Set<String> SKIPPABLE_POS =
            Set.of("DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "POS", "HYPH", "PRP$", "VBN", "VBG");

    static final Set<String> DESCRIPTORS = RuleFiles.words("descriptors");

    private static final Set<String> DESCRIBING_NOUNS = RuleFiles.words("describing-nouns");

    private static final Set<String> DESCRIPTOR_EXTRAS = RuleFiles.words("descriptor-extras");

    private Marks() {}

    static boolean isPreposition(String lower) {
        return PREPOSITIONS.contains(lower);
    }

    /** The preposition that introduces a mention ("led by", "by", "in", …), or null for a bare noun phrase. */
    static String mark(Sentence s, Mention m, List<Mention> parties) {
        if (m.reference()) {
            int p = m.start() - 1;
            return p >= 0 && PREPOSITIONS.contains(s.tok(p).lower()) ? s.tok(p).lower() : null;
        }
        int i = m.start() - 1;
        int skipped = 0;
        // "led by venture capital firm Accel": the words of a description before its describing noun are skipped
        boolean described = i >= 0 && DESCRIBING_NOUNS.contains(s.tok(i).lower());
        // a description's words are skipped too: "in the homegrown venture capital firm Kalaari Capital"
        int limit = described ? 8 : 5;
        while (i >= 0 && skipped < limit) {
            Tok t = s.tok(i);
            if (PREPOSITIONS.contains(t.lower())) {
                if (t.is("after", "before", "as", "since", "than")
                        && m.end() < s.size()
                        && (s.tok(m.end()).pos().startsWith("VB")
                                || s.tok(m.end()).pos().equals("MD"))) {
                    // "a month after Amazon promised …": a conjunction before a clause's subject
                    return null;
                }
                if (t.is("by") && i > 0 && s.tok(i - 1).lemmaIs("lead", "co-lead", "head")) {
                    return "led by";
                }
                if (t.is("by")
                        && i > 0
                        && s.tok(i - 1)
                                .lemmaIs(
                                        "report",
                                        "say",
                                        "accord",
                                        "found",
                                        "co-found",
                                        "create",
                                        "publish",
                                        "own",
                                        "control",
                                        "run",
                                        "plan",
                                        "operate",
                                        "make",
                                        "produce",
                                        "manufacture",
                                        "build",
                                        "design",
                                        "develop",
                                        "arrange",
                                        "advise")) {
                    return "by-other";
                }
                return t.lower();
            }
            if (t.is("and", ",", "&", "or")) {
                if (possessive(s, m)) {
                    // "… investment in OpenAI and OpenAI's $300 billion contract": a possessor opens a new phrase
                    return null;
                }
                Mention previous = endingAt(parties, i);
                boolean enumeration = t.is("and", "&", "or")
                        || m.end() < s.size() && s.tok(m.end()).is(",", "and", "or");
                if (previous != null && enumeration) {
                    return mark(s, previous, parties);
                }
                return null;
            }
            if (!SKIPPABLE_POS.contains(t.pos()) || endingAt(parties, i + 1) != null && i + 1 != m.start()) {
                return null;
            }
            if (t.pos().equals("VBG")
                    && i > 0
                    && PREPOSITIONS.contains(s.tok(i - 1).lower())) {
                // "in the race for acquiring national carrier Air India": the gerund's object is bare
                return null;
            }
            if (inHyphenCompound(s, i)) {
                // "for the one-year-old Reflection AI", "the Paris-based Mistral": the tokenizer splits the
                // compound modifier at its hyphens, and its parts count as one skipped word
                i--;
                continue;
            }
            if (DATE_WORDS.contains(t.lower()) || t.word().matches("(19|20)\\d\\d")) {
                // "On Monday SoftBank agreed to buy …": the preposition belongs to the date, the name is bare
                return null;
            }
            boolean commonNoun = t.pos().equals("NN") || t.pos().equals("NNS");
            if (commonNoun
                    && !described
                    && !DESCRIPTORS.contains(t.lower())
                    && !DESCRIPTOR_EXTRAS.contains(t.lower())
                    && !t.word().contains("-")) {
                return null;
            }
            i--;
            skipped++;
        }
        return null;
    }

    private static boolean inHyphenCompound(Sentence s, int i) {
        return s.tok(i).pos().equals("HYPH")
                || i + 1 < s.size() && s.tok(i + 1).pos().equals("HYPH")
                || i > 0 && s.tok(i - 1).pos().equals("HYPH");
    }

    static Mention endingAt(List<Mention> parties, int tokenEnd) {
        for (Mention m : parties) {
            if (m.end() == tokenEnd) {
                return m;
            }
        }
        return null;
    }

    static boolean possessive(Sentence s, Mention m) {
        return m.end() < s.size() && s.tok(m.end()).is("'s", "’s", "'");
    }
}
