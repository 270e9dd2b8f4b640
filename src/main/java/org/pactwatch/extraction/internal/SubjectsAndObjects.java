package org.pactwatch.extraction.internal;

import java.util.List;
import java.util.Set;
import org.pactwatch.extraction.internal.DealRules.Hit;

/** Where the companies of a sentence stand to a trigger: its subject, its agent, the objects after it. */
final class SubjectsAndObjects {

    private static final Set<String> NOUN_TRIGGERS = RuleFiles.words("noun-triggers");

    private SubjectsAndObjects() {}

    /**
     * The subject before the trigger: the nearest company before it that no preposition introduces and that
     * does not sit inside an apposition or parentheses ("Mistral AI, set up by researchers from Meta, raised").
     */
    static Mention subject(Sentence s, List<Mention> parties, Hit h) {
        Mention clauseSubject = clauseSubject(s, parties, h);
        if (clauseSubject != null) {
            return clauseSubject;
        }
        Mention infinitiveSubject = infinitiveSubject(s, parties, h);
        if (infinitiveSubject != null) {
            return infinitiveSubject;
        }
        for (int k = parties.size() - 1; k >= 0; k--) {
            Mention m = parties.get(k);
            if (m.end() > h.start() || parenthetical(s, m, h, parties)) {
                continue;
            }
            if (m.end() < h.start() && NOUN_TRIGGERS.contains(s.tok(m.end()).lemma())) {
                continue;
            }
            if (m.end() == h.start() && !s.tok(h.start()).pos().startsWith("VB")) {
                continue;
            }
            if (objectOfAnotherTrigger(s, m, h)) {
                continue;
            }
            if (Marks.possessive(s, m) && !(m.end() + 1 == h.start() || m.end() + 2 == h.start())) {
                continue;
            }
            String mark = Marks.mark(s, m, parties);
            if (mark == null || mark.equals("as")) {
                return m;
            }
        }
        // "Nvidia's plan to invest …": the possessor is the actor when nobody else is
        for (int k = parties.size() - 1; k >= 0; k--) {
            Mention m = parties.get(k);
            if (m.end() < h.start()
                    && Marks.possessive(s, m)
                    && Marks.mark(s, m, parties) == null
                    && h.start() - m.end() <= 8) {
                return m;
            }
        }
        // "a commitment from Anthropic to purchase …", "an offer by Acme to buy …": who commits acts
        if (h.start() >= 2 && s.tok(h.start() - 1).is("to")) {
            for (Mention m : parties) {
                if (m.end() == h.start() - 1 && Set.of("from", "by").contains(Marks.mark(s, m, parties))) {
                    return m;
                }
            }
        }
        return null;
    }

    /** "a deal with OpenAI for the AI company to purchase compute": the company after "for" does the verb. */
    private static Mention infinitiveSubject(Sentence s, List<Mention> parties, Hit h) {
        int to = h.start() - 1;
        if (to < 2 || !s.tok(to).is("to") || !s.tok(h.start()).pos().startsWith("VB")) {
            return null;
        }
        return parties.stream()
                .filter(m -> m.end() == to && "for".equals(Marks.mark(s, m, parties)))
                .findFirst()
                .orElse(null);
    }

    /**
     * "Freeport is set to leapfrog BHP as a copper producer with a deal to buy Phelps Dodge": the verb after "with a
     * deal to" belongs to the clause's subject, not to the company named last.
     */
    private static Mention clauseSubject(Sentence s, List<Mention> parties, Hit h) {
        int i = h.start() - 1;
        if (i < 2 || !s.tok(i).is("to") || !s.tok(h.start()).pos().startsWith("VB")) {
            return null;
        }
        int noun = i - 1;
        if (!s.tok(noun).lemmaIs("deal", "agreement", "offer", "bid", "pact", "move")) {
            return null;
        }
        int k = noun - 1;
        while (k >= 0 && s.tok(k).pos().matches("DT|JJ.*|CD|PRP\\$|\\$")) {
            k--;
        }
        if (k < 0 || !s.tok(k).is("with", "in", "through")) {
            return null;
        }
        int with = k;
        return parties.stream()
                .filter(m -> m.end() <= with && !m.reference())
                .filter(m -> Marks.mark(s, m, parties) == null && !Marks.possessive(s, m))
                .findFirst()
                .orElse(null);
    }

    /**
     * "buy Arm from SoftBank, and Analog Devices agreed to buy …": Arm is the first verb's object; but in "to deliver
     * the infrastructure, IREN will acquire …" the comma ends the first verb's object.
     */
    private static boolean objectOfAnotherTrigger(Sentence s, Mention m, Hit h) {
        for (Hit other : DealRules.HITS.get()) {
            if (other.start() != h.start()
                    && other.end() <= m.start()
                    && m.start() - other.end() <= 3
                    && s.tok(other.start()).pos().startsWith("VB")
                    && !commaBetween(s, other.end(), m.start())) {
                return true;
            }
        }
        return false;
    }

    private static boolean commaBetween(Sentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.tok(i).is(",", ";")) {
                return true;
            }
        }
        return false;
    }

    /** "buy Carlyle's France-based Saverglass": the company owned, named within a few words of its owner. */
    private static Mention possessed(Sentence s, List<Mention> parties, Mention owner) {
        if (!Marks.possessive(s, owner)) {
            return null;
        }
        for (Mention m : parties) {
            if (m.start() > owner.end() && m.start() <= owner.end() + 4 && !m.reference()) {
                for (int i = owner.end() + 1; i < m.start(); i++) {
                    if (s.tok(i).pos().startsWith("VB") || s.tok(i).is(",", "and")) {
                        return null;
                    }
                }
                return m;
            }
        }
        return null;
    }

    private static boolean parenthetical(Sentence s, Mention m, Hit h, List<Mention> parties) {
        int open = -1;
        for (int i = m.start() - 1; i >= 0; i--) {
            if (s.tok(i).is(",", "(", "-lrb-", "—", "–")) {
                open = i;
                break;
            }
        }
        if (open < 0) {
            return false;
        }
        int close = -1;
        for (int i = m.end(); i < h.start(); i++) {
            if (s.tok(i).is(",", ")", "-rrb-", "—", "–")) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            return false;
        }
        if (s.tok(open).is("(", "-lrb-")) {
            return true;
        }
        for (Mention head : parties) {
            if (head.end() == open && head != m) {
                return true;
            }
        }
        return false;
    }

    static Mention firstAfter(Sentence s, List<Mention> parties, Hit h, Set<String> marks, boolean bare) {
        for (Mention m : parties) {
            // "its"/"their" usually point back at the actor; a filer's "our" can be the other party
            if (m.start() < h.end()
                    || m.reference() && m.end() < s.size() && s.tok(m.start()).is("its", "their")) {
                continue;
            }
            String mark = Marks.mark(s, m, parties);
            boolean sameClause = true;
            for (int i = h.end(); i < m.start() && sameClause; i++) {
                sameClause = !s.tok(i).is(",", ";");
            }
            // a bare name after a comma starts another clause ("Thrive contributed $1.25 billion, SoftBank put in …")
            if (mark == null ? bare && sameClause && m.start() <= h.end() + 6 : marks.contains(mark)) {
                Mention owned = possessed(s, parties, m);
                return owned != null ? owned : m;
            }
        }
        return null;
    }

    static Mention firstMarked(Sentence s, List<Mention> parties, Hit h, Set<String> marks, boolean before) {
        for (Mention m : parties) {
            if (before && m.start() >= h.start()) {
                continue;
            }
            String mark = Marks.mark(s, m, parties);
            if (mark != null && marks.contains(mark)) {
                return m;
            }
        }
        return null;
    }

    /**
     * The other side of a deal the payer signed: the first company with one of the marks that is not the payer's
     * group, else the unmarked company before the trigger ("Oracle signed a deal with OpenAI for the AI company to
     * purchase …": OpenAI pays, Oracle is paid); null if there is none.
     */
    static Mention counterpart(Sentence s, List<Mention> parties, Hit h, Set<String> marks, Mention payer) {
        String payerGroup = payer == null ? null : payer.group();
        Mention unmarked = null;
        for (Mention m : parties) {
            if (m.group().equals(payerGroup)) {
                continue;
            }
            String mark = Marks.mark(s, m, parties);
            if (mark != null && marks.contains(mark)) {
                return m;
            }
            if (mark == null && unmarked == null && m.end() <= h.start() && payer != null && payer.reference()) {
                unmarked = m;
            }
        }
        return unmarked;
    }

    /** The first company in the sentence before the trigger written with a possessive ("Anthropic's"). */
    static Mention possessor(Sentence s, List<Mention> parties, Hit h) {
        for (Mention m : parties) {
            if (m.end() < h.start() && Marks.possessive(s, m)) {
                return m;
            }
        }
        return null;
    }

    /**
     * The doer after "by" of a passive trigger ("was handed $2 billion by Microsoft"). A "by" after another
     * participle describes someone else: "a contract with CoreWeave, the cloud provider backed by Nvidia".
     */
    static Mention agent(Sentence s, List<Mention> parties, Hit h) {
        Mention m = firstAfter(s, parties, h, Set.of("by", "led by"), false);
        if (m == null) {
            return null;
        }
        for (int i = h.end(); i < m.start() - 1; i++) {
            Tok t = s.tok(i);
            if ((t.pos().equals("VBN") || t.pos().equals("VBD")) && !t.lemmaIs("lead", "co-lead")) {
                return null;
            }
        }
        return m;
    }

    /** "a $100 billion AWS pact", "its OpenAI investment": the company named right before a trigger noun. */
    static Mention compound(Sentence s, List<Mention> parties, Hit h) {
        if (s.tok(h.start()).pos().startsWith("VB")) {
            return null;
        }
        for (Mention m : parties) {
            if (m.end() == h.start()
                    || m.end() == h.start() - 1 && s.tok(h.start() - 1).pos().startsWith("JJ")) {
                return m;
            }
        }
        return null;
    }
}
