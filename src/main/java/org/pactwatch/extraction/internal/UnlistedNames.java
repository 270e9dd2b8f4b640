package org.pactwatch.extraction.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.pactwatch.company.CompanyRegistry;

/** Companies the registry lacks: NER organizations, corporate names, described names, apposition, lead investors, targets. */
final class UnlistedNames {

    /** Words the 3-class model tends to tag ORGANIZATION that are never deal parties. */
    private static final Set<String> GENERIC_ORGS = RuleFiles.words("generic-orgs");

    private static final Set<String> COMPANY_ONLY_NOUNS = RuleFiles.words("company-only-nouns");

    /** Regulators, governments and courts are never deal parties. */
    private static final Pattern PUBLIC_BODY = Pattern.compile(
            "\\b(Authority|Commission|Ministry|Department|Agency|Government|Court|Council|Parliament|Regulator)$");

    /** Last words of company names: "Analog Devices", "Ares Management", "Sumitomo Mitsui Banking Corp". */
    private static final Set<String> CORPORATE_WORDS = RuleFiles.words("corporate-words");

    /** Legal-form words the registry's suffix list lacks: "Pvt", "Private", "A/S", "S.r.l", "AG", "SE". */
    private static final Set<String> LEGAL_TAILS = RuleFiles.words("legal-tails");

    private static final Set<String> DESCRIBING_NOUNS = RuleFiles.words("describing-nouns");

    /** Terms a filing defines for a party's role, not its name: "Parent", "Merger Sub", "Buyer". */
    private static final Set<String> DEFINED_ROLES = RuleFiles.words("defined-roles");

    private final CompanyRegistry registry;
    private final NameContext names;

    UnlistedNames(NameContext names) {
        this.registry = names.registry();
        this.names = names;
    }

    /**
     * The name of a company the registry lacks as the text names it, without the article, the possessive, a
     * trailing legal suffix ("Takeda Pharmaceutical Co Ltd", "Ørsted A/S") or a line break inside it.
     */
    static String unregisteredName(String words) {
        String name = words.replaceAll("\\s+", " ")
                .replaceFirst("^(?i:the)\\s+", "")
                .replaceFirst("['’]s$", "")
                .replaceFirst("\\s*\\(.*$", "")
                .strip();
        String[] parts = name.split(" ");
        int end = parts.length;
        if (end > 2 && parts[end - 1].matches("\\p{Lu}{2,5}") && CompanyRegistry.isLegalSuffix(parts[end - 2])) {
            // "Honda Motor Co Ltd HMC": a ticker after the legal form
            end--;
        }
        while (end > 1
                && (CompanyRegistry.isLegalSuffix(parts[end - 1].replace(",", ""))
                        || LEGAL_TAILS.contains(parts[end - 1].toLowerCase(Locale.ROOT)))) {
            end--;
        }
        String full = String.join(" ", java.util.Arrays.copyOf(parts, end)).replaceFirst("\\s*[,&]$", "");
        // "Thoma Bravo Fund XV", "Silver Lake Partners IV": a numbered fund is its manager's vehicle
        return full.replaceFirst("^(\\p{Lu}.*?) (?:Fund|Partners) (?:[IVXL]+|\\d+)(?: .*)?$", "$1");
    }

    void addNerOrganizations(Sentence s, boolean[] covered, List<Mention> out) {
        int i = 0;
        while (i < s.size()) {
            if (!s.tok(i).ner().equals("ORGANIZATION") || covered[i]) {
                i++;
                continue;
            }
            int j = i;
            while (j < s.size() && s.tok(j).ner().equals("ORGANIZATION") && !covered[j]) {
                j++;
            }
            while (i < j
                    && (MentionFinder.TITLES.contains(s.tok(i).lower())
                            || s.tok(i).is("of")
                            || s.tok(i).pos().equals("POS"))) {
                // "CIO of Bokeh Capital Partners", "Executive Chair": a person's title is no part of a name; nor is
                // the possessive after another name ("Tata's Air India")
                i++;
            }
            // "Thrive Capital and Founders Fund" tagged as one organization: once the registry has taken both
            // names, the "and" left between them is no company
            while (i < j && s.tok(i).pos().equals("CC")) {
                i++;
            }
            while (j > i && s.tok(j - 1).pos().equals("CC")) {
                j--;
            }
            if (i == j) {
                continue;
            }
            if (i > 0 && DESCRIBING_NOUNS.contains(s.tok(i - 1).lower())) {
                j = founderSurnameEnd(s, j);
            }
            int spanEnd = j;
            j = productCodeStart(s, i, j);
            String words = names.spanText(s, i, j);
            String cleaned = unregisteredName(words);
            boolean generic = GENERIC_ORGS.contains(cleaned.toLowerCase(Locale.ROOT))
                    || PUBLIC_BODY.matcher(cleaned).find();
            boolean onlySuffix =
                    generic || java.util.Arrays.stream(cleaned.split("\\s+")).allMatch(CompanyRegistry::isLegalSuffix);
            if (!cleaned.isEmpty() && !onlySuffix && !registry.isProduct(cleaned)) {
                var known = registry.lookup(cleaned);
                if (known.isPresent()) {
                    out.add(new Mention(
                            i, j, known.get().name(), names.parentOf(known.get().name()), words, true, false));
                } else {
                    out.add(new Mention(i, j, cleaned, null, words, false, false));
                }
                for (int k = i; k < spanEnd; k++) {
                    covered[k] = true;
                }
            }
            i = spanEnd;
        }
    }

    /**
     * "Analog Devices agreed to buy …": a run of proper nouns that ends in a corporate word is a company even
     * when the 3-class model misses it.
     */
    void addCorporateNames(Sentence s, boolean[] covered, List<Mention> out) {
        int i = 0;
        while (i < s.size()) {
            int j = i;
            while (j < s.size()
                    && !covered[j]
                    && (s.tok(j).pos().startsWith("NNP")
                            || j > i && CORPORATE_WORDS.contains(s.tok(j).lower()))
                    && s.tok(j).capitalized()
                    && !s.tok(j).ner().equals("PERSON")
                    && !s.tok(j).ner().equals("LOCATION")) {
                j++;
            }
            if (j - i >= 2 && CORPORATE_WORDS.contains(s.tok(j - 1).lower())) {
                String name = names.spanText(s, i, j);
                int from = i;
                int to = j;
                out.add(registry.lookup(name)
                        .map(c -> new Mention(from, to, c.name(), names.parentOf(c.name()), name, true, false))
                        .orElseGet(() -> new Mention(from, to, name, null, name, false, false)));
                for (int k = i; k < j; k++) {
                    covered[k] = true;
                }
            }
            i = Math.max(j, i + 1);
        }
    }

    /** "German chemicals firm Covestro": a capitalized name right after a describing noun is a company. */
    void addDescribedNames(Sentence s, boolean[] covered, List<Mention> out) {
        for (int i = 1; i < s.size(); i++) {
            Tok before = s.tok(i - 1);
            // "France-based Verrane" describes by place
            boolean based = before.is("based") && i >= 2 && s.tok(i - 2).is("-");
            if (covered[i] || !(based || DESCRIBING_NOUNS.contains(before.word())) || !describedName(s.tok(i))) {
                continue;
            }
            int j = i + 1;
            while (j < s.size()
                    && j - i < 5
                    && !covered[j]
                    && (describedName(s.tok(j)) || s.tok(j).is("&"))) {
                j++;
            }
            if (s.tok(j - 1).is("&")) {
                j--;
            }
            j = founderSurnameEnd(s, j);
            String words = names.spanText(s, i, j);
            String name = unregisteredName(words);
            if (GENERIC_ORGS.contains(name.toLowerCase(Locale.ROOT)) || registry.isProduct(name)) {
                continue;
            }
            int from = i;
            int to = j;
            out.add(registry.lookup(name)
                    .map(c -> new Mention(from, to, c.name(), names.parentOf(c.name()), words, true, false))
                    .orElseGet(() -> new Mention(from, to, name, null, words, false, false)));
            for (int k = i; k < j; k++) {
                covered[k] = true;
            }
            i = j;
        }
    }

    /** "30 Boeing MAX jets", "AMD MI450 chips": a product code before the goods it names ends the maker's name. */
    private static int productCodeStart(Sentence s, int start, int end) {
        boolean goodsFollow = end < s.size()
                && s.tok(end).pos().matches("NNS?")
                && !s.tok(end).capitalized();
        int j = end;
        while (goodsFollow && j - 1 > start && s.tok(j - 1).word().matches("\\p{Lu}{2,}|.*\\d.*")) {
            j--;
        }
        return j;
    }

    /** "specialty chemicals maker Rohm and Haas": a founder's surname after "and" ends a described name. */
    private static int founderSurnameEnd(Sentence s, int end) {
        boolean surname = end + 1 < s.size()
                && s.tok(end).is("and")
                && s.tok(end + 1).capitalized()
                && s.tok(end + 1).ner().equals("PERSON")
                && (end + 2 == s.size() || !s.tok(end + 2).capitalized());
        return surname ? end + 2 : end;
    }

    /** After a describing noun a person is unlikely: the NER's PERSON for an unknown name is overruled. */
    private static boolean describedName(Tok t) {
        return t.capitalized()
                && (t.pos().startsWith("NNP") || t.pos().equals("JJ") || t.pos().equals("NN"))
                && !t.ner().equals("LOCATION")
                && !t.ner().equals("DATE");
    }

    /** "Halvern, a robotics start-up, raised …": a name in apposition to a describing noun is a company. */
    void addAppositionNames(Sentence s, boolean[] covered, List<Mention> out) {
        for (int i = 0; i + 3 < s.size(); i++) {
            // the tagger calls an unknown name that opens the sentence a noun ("Trial/NN, a store operator")
            boolean nameTag =
                    s.tok(i).pos().startsWith("NNP") || i == 0 && s.tok(i).pos().equals("NN");
            if (covered[i]
                    || !s.tok(i).capitalized()
                    || !nameTag
                    || s.tok(i).ner().equals("LOCATION")
                    || !s.tok(i + 1).is(",")
                    || !s.tok(i + 2).is("a", "an")) {
                continue;
            }
            // NER calls many one-word company names people; only a noun no person can be makes them companies
            boolean person = s.tok(i).ner().equals("PERSON");
            int end = Math.min(s.size(), i + 8);
            for (int k = i + 3;
                    k < end && !s.tok(k).is(",") && !(person && s.tok(k).pos().equals("IN"));
                    k++) {
                Set<String> nouns = person ? COMPANY_ONLY_NOUNS : DESCRIBING_NOUNS;
                if (nouns.contains(s.tok(k).lower()) || !person && s.tok(k).is("start")) {
                    int start = i;
                    while (start > 0
                            && !covered[start - 1]
                            && s.tok(start - 1).capitalized()
                            && s.tok(start - 1).pos().startsWith("NNP")) {
                        start--;
                    }
                    String name = unregisteredName(names.spanText(s, start, i + 1));
                    out.add(new Mention(start, i + 1, name, null, names.spanText(s, start, i + 1), false, false));
                    for (int c = start; c <= i; c++) {
                        covered[c] = true;
                    }
                    break;
                }
            }
        }
    }

    /**
     * "in a round led by Disruptive", "spearheaded by the Ontario Teachers' Pension Plan": a capitalized name after
     * "led by" is a company even if NER missed it.
     */
    void addLeadInvestors(Sentence s, boolean[] covered, List<Mention> out) {
        for (int by = 1; by < s.size() - 1; by++) {
            if (!s.tok(by).is("by") || !s.tok(by - 1).lemmaIs("lead", "co-lead", "spearhead", "head")) {
                continue;
            }
            int i = afterDescription(s, s.tok(by + 1).is("the") ? by + 2 : by + 1);
            if (i >= s.size() || covered[i] || !s.tok(i).capitalized()) {
                continue;
            }
            // the tagger often calls an unknown one-word name an adjective ("led by Disruptive/JJ"); a plural
            // possessive belongs to the name ("Ontario Teachers' Pension Plan")
            int j = i;
            while (j < s.size()
                    && !covered[j]
                    && (s.tok(j).capitalized() && !s.tok(j).is("the", "a", "an")
                            || j > i
                                    && s.tok(j).pos().equals("POS")
                                    && j + 1 < s.size()
                                    && s.tok(j + 1).capitalized())) {
                j++;
            }
            if (j > i) {
                String name = names.spanText(s, i, j);
                out.add(new Mention(i, j, name, null, name, false, false));
                for (int k = i; k < j; k++) {
                    covered[k] = true;
                }
            }
        }
    }

    /** "led by VC firms Jane Street and …", "led by investment firm Thrive": where the name after a description starts. */
    private static int afterDescription(Sentence s, int from) {
        for (int k = from; k < Math.min(s.size() - 1, from + 4); k++) {
            Tok t = s.tok(k);
            if (t.lemmaIs("firm", "fund", "investor", "backer") && s.tok(k + 1).capitalized()) {
                return k + 1;
            }
            boolean describing = GENERIC_ORGS.contains(t.lower())
                    || !t.capitalized() && t.pos().matches("JJ.*|NN.*");
            if (!describing) {
                break;
            }
        }
        return from;
    }

    /**
     * "Thoma Bravo Fund XV, L.P. (“Thoma Bravo”)": a filing names a party in full before the short name it defines,
     * unless the term is a role ("Parent", "Merger Sub", "the Company").
     */
    void addDefinedNames(Sentence s, boolean[] covered, List<Mention> out) {
        for (int open = 1; open + 4 < s.size(); open++) {
            if (!s.tok(open).is("(") || !s.tok(open + 1).pos().equals("``")) {
                continue;
            }
            int close = open + 2;
            while (close < s.size() && close - open < 6 && s.tok(close).capitalized()) {
                close++;
            }
            if (close == open + 2
                    || close + 1 >= s.size()
                    || !s.tok(close).pos().equals("''")
                    || !s.tok(close + 1).is(")")
                    || DEFINED_ROLES.contains(names.spanText(s, open + 2, close).toLowerCase(Locale.ROOT))) {
                continue;
            }
            int end = open;
            while (end > 0
                    && (s.tok(end - 1).is(",")
                            || CompanyRegistry.isLegalSuffix(s.tok(end - 1).word()))) {
                end--;
            }
            int start = end;
            while (start > 0
                    && !covered[start - 1]
                    && s.tok(start - 1).capitalized()
                    && !s.tok(start - 1).ner().equals("PERSON")) {
                start--;
            }
            if (start == end || covered[end - 1]) {
                continue;
            }
            String words = names.spanText(s, start, open);
            out.add(new Mention(start, open, unregisteredName(words), null, words, false, false));
            for (int k = start; k < open; k++) {
                covered[k] = true;
            }
        }
    }

    /**
     * "its $2.6bn acquisition of Hercules", "a 40% stake in Panaya": the name a takeover noun is of, or a
     * stake is in, is a company, whatever the NER made of it (it calls Hercules a place).
     */
    void addTargetNames(Sentence s, boolean[] covered, List<Mention> out) {
        for (int i = 2; i < s.size(); i++) {
            boolean target = s.tok(i - 1).is("of") && s.tok(i - 2).lemmaIs("acquisition", "takeover", "buyout")
                    || s.tok(i - 1).is("with") && s.tok(i - 2).lemmaIs("merger")
                    || s.tok(i - 1).is("in") && s.tok(i - 2).lemmaIs("stake");
            if (!target
                    || covered[i]
                    || !s.tok(i).capitalized()
                    || !s.tok(i).pos().startsWith("NNP")
                    || s.tok(i).ner().equals("PERSON")
                    || s.tok(i).ner().equals("DATE")) {
                continue;
            }
            int j = i;
            while (j < s.size() && j - i < 5 && !covered[j] && s.tok(j).pos().startsWith("NNP")) {
                j++;
            }
            if (j == i || j < s.size() && s.tok(j).is("-", "'s")) {
                continue;
            }
            String words = names.spanText(s, i, j);
            String name = unregisteredName(words);
            if (GENERIC_ORGS.contains(name.toLowerCase(Locale.ROOT)) || registry.isProduct(name)) {
                continue;
            }
            out.add(new Mention(i, j, name, null, words, false, false));
            for (int k = i; k < j; k++) {
                covered[k] = true;
            }
        }
    }
}
