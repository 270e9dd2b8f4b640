package org.pactwatch.extraction.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.pactwatch.company.CompanyRegistry;
import org.pactwatch.company.CompanyRegistry.Company;

/** Finds the company mentions of a sentence: registry names, names the registry lacks, short forms and references. */
final class MentionFinder {

    static final Set<String> TITLES = RuleFiles.words("titles");
    private static final Set<String> MODIFIED_NOUNS = RuleFiles.words("modified-nouns");

    private final CompanyRegistry registry;
    private final Gazetteer gazetteer;
    private final NameContext names;
    private final UnlistedNames unlisted;
    private final ShortForms shortForms;
    private final References references;

    MentionFinder(NameContext names, Gazetteer gazetteer, References references) {
        this.registry = names.registry();
        this.gazetteer = gazetteer;
        this.names = names;
        this.unlisted = new UnlistedNames(names);
        this.shortForms = new ShortForms(names);
        this.references = references;
    }

    /** After "Inflection AI", a later "Inflection" is the same company. */
    void rememberShortNames(List<Mention> mentions) {
        mentions.stream().filter(m -> m.registered() && !m.reference()).forEach(shortForms::rememberShortName);
    }

    List<Mention> mentions(Sentence s, boolean annotated) {
        List<Mention> out = new ArrayList<>();
        boolean[] covered = new boolean[s.size()];
        for (Gazetteer.Match m : gazetteer.matches(s.toks())) {
            for (int i = m.start(); i < m.end(); i++) {
                covered[i] = true;
            }
            if (m.entry().product()) {
                Mention maker = productMaker(s, m);
                if (maker != null) {
                    out.add(maker);
                }
                continue;
            }
            Company c = m.entry().company();
            int unitEnd = unitEnd(s, m.end());
            if (unitEnd > m.end() && !covered[unitEnd - 1]) {
                // "LG Energy Solution", "Samsung Heavy Industries": a group's unit the registry lacks
                String unit = UnlistedNames.unregisteredName(names.spanText(s, m.start(), unitEnd));
                String group = names.parentOf(c.name()) != null ? names.parentOf(c.name()) : c.name();
                for (int i = m.end(); i < unitEnd; i++) {
                    covered[i] = true;
                }
                out.add(new Mention(
                        m.start(), unitEnd, unit, group, names.spanText(s, m.start(), unitEnd), false, false));
                continue;
            }
            out.add(new Mention(
                    m.start(),
                    m.end(),
                    c.name(),
                    names.parentOf(c.name()),
                    names.spanText(s, m.start(), m.end()),
                    true,
                    false));
        }
        shortForms.addShortNames(s, covered, out);
        if (annotated) {
            unlisted.addNerOrganizations(s, covered, out);
            unlisted.addLeadInvestors(s, covered, out);
            unlisted.addTargetNames(s, covered, out);
            unlisted.addDefinedNames(s, covered, out);
            unlisted.addCorporateNames(s, covered, out);
            unlisted.addDescribedNames(s, covered, out);
            unlisted.addAppositionNames(s, covered, out);
            shortForms.addEarlierNames(s, covered, out);
            references.addReferences(s, covered, out);
        }
        // "Project CS Parent, LLC": a legal form alone names no company
        out.removeIf(m -> !m.reference() && CompanyRegistry.isLegalSuffix(m.name()));
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        if (annotated) {
            dropModifiers(s, out);
            shortForms.applyAbbreviations(s, out);
        }
        return out;
    }

    /** "the ChatGPT maker", "Claude's developer": a product named as its maker stands for the maker. */
    private Mention productMaker(Sentence s, Gazetteer.Match m) {
        int next = m.end();
        if (next < s.size() && s.tok(next).is("'s", "’s")) {
            next++;
        }
        if (next >= s.size() || !s.tok(next).is("maker", "developer", "owner", "creator", "makers")) {
            return null;
        }
        if (next + 1 < s.size() && s.tok(next + 1).capitalized()) {
            return null;
        }
        Company maker = m.entry().company().parent() == null
                ? null
                : registry.byCanonicalName(m.entry().company().parent()).orElse(null);
        if (maker == null) {
            return null;
        }
        return new Mention(
                m.start(),
                next + 1,
                maker.name(),
                names.parentOf(maker.name()),
                names.spanText(s, m.start(), next + 1),
                true,
                true);
    }

    /**
     * The end of the NER organization that goes on after a registry name, else {@code end}. A product code
     * ("Boeing MAX jets", "AMD MI450 chips") is no unit of the maker.
     */
    private int unitEnd(Sentence s, int end) {
        int j = end;
        while (j < s.size()
                && s.tok(j).ner().equals("ORGANIZATION")
                && s.tok(j).capitalized()
                && !s.tok(j).word().matches("\\p{Lu}{2,}|.*\\d.*")
                && !TITLES.contains(s.tok(j).lower())
                && s.tok(j).begin() - s.tok(j - 1).end() == 1
                && names.original().charAt(s.tok(j).begin() - 1) == ' ') {
            j++;
        }
        return j;
    }

    /** "OpenAI rival Anthropic", "Google chief executive Sundar Pichai": the first name only describes. */
    private void dropModifiers(Sentence s, List<Mention> out) {
        out.removeIf(m -> {
            if (!m.reference()
                    && !m.registered()
                    && m.start() > 0
                    && TITLES.contains(s.tok(m.start() - 1).lower())) {
                // "under new chief executive Lip-Bu Tan": a name the registry lacks right after a title is a person
                return true;
            }
            if (!m.reference()
                    && !m.registered()
                    && m.start() > 0
                    && s.tok(m.start() - 1).is("a", "an")
                    && m.end() < s.size()
                    && !s.tok(m.end()).capitalized()
                    && s.tok(m.end()).pos().startsWith("NN")) {
                // "an investment by an Abu Dhabi group": an unknown name between an article and a noun describes it
                return true;
            }
            if (m.reference() || m.end() >= s.size()) {
                return false;
            }
            Tok next = s.tok(m.end());
            if (TITLES.contains(next.lower())
                    || m.end() + 1 < s.size()
                            && !next.capitalized()
                            && TITLES.contains(s.tok(m.end() + 1).lower())) {
                // "Google chief executive Sundar Pichai" names a person; "Apple executives weigh a bid" the company
                return personFollows(s, m.end())
                        || m.start() >= 2
                                && s.tok(m.start() - 1).is(",")
                                && s.tok(m.start() - 2).ner().equals("PERSON");
            }
            if (!MODIFIED_NOUNS.contains(next.lower())) {
                return false;
            }
            int after = m.end() + 1;
            return out.stream().anyMatch(o -> o != m && o.start() == after)
                    || after < s.size()
                            && s.tok(after).capitalized()
                            && s.tok(after).pos().startsWith("NNP");
        });
    }

    private static boolean personFollows(Sentence s, int from) {
        int i = from;
        while (i < s.size() && (TITLES.contains(s.tok(i).lower()) || !s.tok(i).capitalized() && i < from + 3)) {
            i++;
        }
        return i < s.size() && s.tok(i).capitalized() && s.tok(i).pos().startsWith("NNP");
    }
}
