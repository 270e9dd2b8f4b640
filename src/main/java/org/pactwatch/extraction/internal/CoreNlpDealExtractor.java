package org.pactwatch.extraction.internal;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pactwatch.company.CompanyRegistry;
import org.pactwatch.company.CompanyRegistry.Company;
import org.pactwatch.extraction.DealExtractor;
import org.pactwatch.extraction.ExtractedDeal;
import org.pactwatch.extraction.ExtractedDeal.Amount;
import org.pactwatch.extraction.ExtractedDeal.DealStatus;
import org.pactwatch.extraction.ExtractedDeal.DealType;
import org.pactwatch.extraction.ExtractedDeal.Evidence;
import org.pactwatch.extraction.ExtractedDeal.Party;
import org.pactwatch.extraction.ExtractedDeal.Term;
import org.pactwatch.extraction.ExtractedDeal.Tranche;
import org.pactwatch.extraction.ExtractionRequest;
import org.pactwatch.extraction.ExtractionResult;
import org.pactwatch.extraction.FxRates;

/**
 * The CoreNLP deal extractor. A document is prepared (offsets kept), split into sentences in chunks of
 * bounded size, and only candidate sentences (a deal word plus a company) go through pos, lemma and ner;
 * the rules then find deals, which are merged per document. Thread-safe; build one per JVM.
 */
public final class CoreNlpDealExtractor implements DealExtractor {

    static final int CHUNK_CHARS = 64_000;
    static final int MAX_SENTENCE_TOKENS = 120;
    static final int MAX_TEXT_CHARS = 20_000_000;

    /** A definite reference back to a deal already named ("under the agreement", "the aggregate consideration"). */
    private static final Pattern DEAL_BACK_REFERENCE = Pattern.compile(
            "\\b(the|this|that)\\s+([\\w$€£¥.,\\-]+\\s+){0,4}?(agreement|deal|contract|order|transaction|acquisition|merger|purchase"
                    + "|investment|commitment|pact|consideration|order form)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern TWO_COMPANIES =
            Pattern.compile("\\b(the two companies|both companies|the pair)\\b", Pattern.CASE_INSENSITIVE);

    /** "SoftBank will provide $30 billion of the total": an investor's share of a round, not a tranche. */
    private static final Pattern SHARE_OF_TOTAL =
            Pattern.compile("\\bof the (total|round|sum|raise)\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern TRANCHE = Pattern.compile(
            "\\b(tranche|initial|initially|first|second|remaining|rest|immediately|upfront|up front|now)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Words the 3-class model tends to tag ORGANIZATION that are never deal parties. */
    private static final Set<String> GENERIC_ORGS = RuleFiles.words("generic-orgs");

    /** Regulators, governments and courts are never deal parties. */
    private static final Pattern PUBLIC_BODY = Pattern.compile(
            "\\b(Authority|Commission|Ministry|Department|Agency|Government|Court|Council|Parliament|Regulator)$");

    private static final Set<String> TITLES = RuleFiles.words("titles");
    private static final Set<String> MODIFIED_NOUNS = RuleFiles.words("modified-nouns");
    private static final Set<String> REGISTRANT_WORDS = RuleFiles.words("registrant-words");
    /** Last words of company names: "Analog Devices", "Ares Management", "Sumitomo Mitsui Banking Corp". */
    private static final Set<String> CORPORATE_WORDS = RuleFiles.words("corporate-words");

    /** Legal-form words the registry's suffix list lacks: "Pvt", "Private", "A/S", "S.r.l", "AG", "SE". */
    private static final Set<String> LEGAL_TAILS = RuleFiles.words("legal-tails");

    private static final Set<String> DESCRIBING_NOUNS = RuleFiles.words("describing-nouns");

    private static final Set<String> BACK_REFERENCE_NOUNS = RuleFiles.words("back-reference-nouns");

    /** Receives a line per analysed sentence when set; rule developers use it to see why a rule fired. */
    static volatile java.util.function.Consumer<String> tracer;

    private final CompanyRegistry registry;
    private final FxRates fx;
    private final NlpPipeline nlp;
    private final Gazetteer gazetteer;
    private final DealRules rules;
    private final CandidateFilter filter;
    private final CandidateScorer scorer;
    private final AmountParser amountParser;
    /** Groups that sell cloud services through a subsidiary (Amazon, Google, Microsoft …). */
    private final Set<String> cloudOwners;

    public CoreNlpDealExtractor(CompanyRegistry registry, FxRates fx) {
        this(registry, fx, CandidateScorer.load());
    }

    /** An extractor whose deals pass {@code scorer} ({@link CandidateScorer#NONE} keeps them all). */
    public CoreNlpDealExtractor(CompanyRegistry registry, FxRates fx, CandidateScorer scorer) {
        this.scorer = scorer;
        this.registry = registry;
        this.cloudOwners = cloudOwners(registry);
        this.fx = fx;
        this.gazetteer = new Gazetteer(registry);
        this.rules = new DealRules();
        this.filter = new CandidateFilter(rules.triggerLemmaSequences(), rules.denialCues());
        this.amountParser = new AmountParser(fx);
        this.nlp = new NlpPipeline(gazetteer.mappingRows());
    }

    private CoreNlpDealExtractor(CoreNlpDealExtractor base, CandidateScorer scorer) {
        this.registry = base.registry;
        this.cloudOwners = base.cloudOwners;
        this.fx = base.fx;
        this.gazetteer = base.gazetteer;
        this.rules = base.rules;
        this.filter = base.filter;
        this.amountParser = base.amountParser;
        this.nlp = base.nlp;
        this.scorer = scorer;
    }

    /** The same extractor (and its loaded pipeline) with another scorer. */
    public CoreNlpDealExtractor withScorer(CandidateScorer other) {
        return new CoreNlpDealExtractor(this, other);
    }

    private static Set<String> cloudOwners(CompanyRegistry registry) {
        Set<String> owners = new java.util.HashSet<>();
        for (Company c : registry.companies()) {
            if (!"CLOUD".equals(registry.kind(c.name()).orElse(null))) {
                continue;
            }
            String parent = c.parent();
            while (parent != null && owners.add(parent)) {
                parent = registry.byCanonicalName(parent).map(Company::parent).orElse(null);
            }
        }
        // only technology groups: a chip maker or an investor owning a small cloud is not a cloud seller
        owners.removeIf(o -> !"BIG_TECH".equals(registry.kind(o).orElse(null)));
        return Set.copyOf(owners);
    }

    @Override
    public String version() {
        return "pactwatch-corenlp-4.5.10-rules-1";
    }

    @Override
    public ExtractionResult extract(ExtractionRequest request) {
        return extract(request, (deal, features) -> {});
    }

    /** Extracts and hands every deal kept, with the scorer's features, to {@code features} (for training). */
    public ExtractionResult extract(
            ExtractionRequest request, java.util.function.BiConsumer<ExtractedDeal, List<String>> features) {
        String rejection = TextPreparer.rejection(request.text());
        if (rejection != null) {
            return ExtractionResult.failed(request, rejection);
        }
        if (request.text().length() > MAX_TEXT_CHARS) {
            return ExtractionResult.failed(request, "text longer than " + MAX_TEXT_CHARS + " characters");
        }
        try {
            return new Run(request, features).execute();
        } catch (RuntimeException | StackOverflowError e) {
            return ExtractionResult.failed(request, "extraction failed: " + e);
        }
    }

    /** The state of one document's extraction. */
    private final class Run {
        private final ExtractionRequest request;
        private final java.util.function.BiConsumer<ExtractedDeal, List<String>> featureSink;
        private List<Mention> sentenceMentions = List.of();
        private final String original;
        private final String text;
        private final Mention registrant;
        private final Map<String, Integer> companyCounts = new LinkedHashMap<>();
        private final List<DealBuilder> deals = new ArrayList<>();
        private Mention lastSubject;
        private final Map<String, Mention> abbreviations = new java.util.HashMap<>();
        private final Set<String> notCompanies = new java.util.HashSet<>();
        /** Initials and first words of the multi-word names seen so far, each with the first name it stands for. */
        private final Map<String, Mention> shortForms = new java.util.HashMap<>();

        private int sentenceIndex;
        private Map<DealRules.Candidate, Integer> termOf = Map.of();
        private Amount unclaimed;
        private int unclaimedSentence;
        private Set<String> unclaimedGroups = Set.of();

        Run(ExtractionRequest request, java.util.function.BiConsumer<ExtractedDeal, List<String>> featureSink) {
            this.request = request;
            this.featureSink = featureSink;
            this.original = request.text();
            this.text = TextPreparer.prepare(original);
            this.registrant = registrantMention(request.registrant());
        }

        ExtractionResult execute() {
            int start = 0;
            while (start < text.length()) {
                int end = chunkEnd(start);
                processChunk(start, end);
                start = end;
            }
            List<ExtractedDeal> out = new ArrayList<>();
            for (DealBuilder d : deals) {
                if (d.dropped) {
                    continue;
                }
                ExtractedDeal built = d.build();
                List<String> features = DealFeatures.finished(d.features, built);
                if (scorer.trained()) {
                    double p = scorer.probability(features);
                    if (p < scorer.threshold()) {
                        continue;
                    }
                    d.confidence = Math.round(p * 100) / 100.0;
                    built = d.build();
                }
                featureSink.accept(built, features);
                out.add(built);
            }
            List<ExtractionResult.CompanyCount> companies = companyCounts.entrySet().stream()
                    .map(e -> new ExtractionResult.CompanyCount(e.getKey(), e.getValue()))
                    .toList();
            return new ExtractionResult(request.id(), request.published(), null, companies, out);
        }

        private int chunkEnd(int start) {
            if (text.length() - start <= CHUNK_CHARS) {
                return text.length();
            }
            int limit = start + CHUNK_CHARS;
            int nl = text.lastIndexOf('\n', limit);
            if (nl > start + CHUNK_CHARS / 2) {
                return nl + 1;
            }
            int space = text.lastIndexOf(' ', limit);
            return space > start + CHUNK_CHARS / 2 ? space + 1 : limit;
        }

        private void processChunk(int chunkStart, int chunkEnd) {
            String chunk = text.substring(chunkStart, chunkEnd);
            List<CoreMap> raw = new ArrayList<>();
            for (CoreMap s : nlp.split(chunk)) {
                raw.addAll(limitLength(s));
            }
            List<CoreMap> candidates = new ArrayList<>();
            List<Boolean> isCandidate = new ArrayList<>();
            for (CoreMap s : raw) {
                boolean c = isCandidate(s);
                isCandidate.add(c);
                if (c) {
                    candidates.add(s);
                }
            }
            nlp.annotate(chunk, candidates);
            for (int i = 0; i < raw.size(); i++) {
                Sentence s = sentence(raw.get(i), chunkStart, isCandidate.get(i));
                handle(s, isCandidate.get(i));
            }
        }

        private List<CoreMap> limitLength(CoreMap s) {
            List<CoreLabel> toks = s.get(CoreAnnotations.TokensAnnotation.class);
            if (toks.size() <= MAX_SENTENCE_TOKENS) {
                return List.of(s);
            }
            // a text without sentence ends: cut into windows so the tagger's cost stays linear
            List<CoreMap> parts = new ArrayList<>();
            for (int i = 0; i < toks.size(); i += MAX_SENTENCE_TOKENS) {
                List<CoreLabel> part = new ArrayList<>(toks.subList(i, Math.min(toks.size(), i + MAX_SENTENCE_TOKENS)));
                CoreMap m = new edu.stanford.nlp.pipeline.Annotation("");
                m.set(CoreAnnotations.TokensAnnotation.class, part);
                m.set(
                        CoreAnnotations.CharacterOffsetBeginAnnotation.class,
                        part.getFirst().beginPosition());
                m.set(
                        CoreAnnotations.CharacterOffsetEndAnnotation.class,
                        part.getLast().endPosition());
                parts.add(m);
            }
            return parts;
        }

        private boolean isCandidate(CoreMap s) {
            List<CoreLabel> toks = s.get(CoreAnnotations.TokensAnnotation.class);
            if (!filter.hasDealWord(toks)) {
                return false;
            }
            if (!toks.isEmpty() && startsWithName(toks)) {
                // a capital letter at the start of a sentence says nothing, a registry name there does
                return true;
            }
            for (int i = 1; i < toks.size(); i++) {
                String w = toks.get(i).word();
                if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                    return true;
                }
                if (registrant != null && REGISTRANT_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            return lastSubject != null;
        }

        /** A whole registry name at the start of the sentence, not just a word some name begins with ("The"). */
        private boolean startsWithName(List<CoreLabel> toks) {
            if (!gazetteer.startsName(toks.getFirst().word())) {
                return false;
            }
            List<Tok> head = new ArrayList<>();
            for (int i = 0; i < Math.min(toks.size(), 6); i++) {
                String w = toks.get(i).word();
                String lower = w.toLowerCase(Locale.ROOT);
                head.add(new Tok(w, lower, lower, "", "O", 0, 0));
            }
            return gazetteer.matches(head).stream().anyMatch(m -> m.start() == 0);
        }

        private Sentence sentence(CoreMap s, int offset, boolean annotated) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            List<Tok> toks = new ArrayList<>(labels.size());
            for (CoreLabel l : labels) {
                String w = l.word();
                String lower = w.toLowerCase(Locale.ROOT);
                String lemma = annotated && l.lemma() != null ? l.lemma().toLowerCase(Locale.ROOT) : lower;
                String pos = annotated && l.tag() != null ? l.tag() : "";
                String ner = annotated && l.ner() != null ? l.ner() : "O";
                toks.add(new Tok(w, lower, lemma, pos, ner, l.beginPosition() + offset, l.endPosition() + offset));
            }
            int begin = toks.isEmpty() ? offset : toks.getFirst().begin();
            int end = toks.isEmpty() ? offset : toks.getLast().end();
            return new Sentence(sentenceIndex++, toks, begin, end, original.substring(begin, end));
        }

        private void handle(Sentence s, boolean annotated) {
            if (s.toks().isEmpty()) {
                return;
            }
            List<Mention> mentions = mentions(s, annotated);
            mentions.stream().filter(m -> !m.reference()).forEach(m -> companyCounts.merge(m.name(), 1, Integer::sum));
            if (annotated) {
                List<AmountMention> amounts = amounts(s);
                DealBuilder invested = latestInvestment(s);
                List<DealRules.Candidate> found = rules.apply(
                        s,
                        mentions,
                        amounts,
                        this::kindOf,
                        invested == null ? null : invested.payee,
                        invested == null ? null : invested.payer);
                if (tracer != null) {
                    trace(s, mentions, amounts, found);
                }
                termOf = assignTerms(s, found);
                sentenceMentions = mentions;
                found.forEach(this::add);
                // a cumulative total found here ("the $700 million it had raised") prices no deal of its own
                if (found.stream()
                        .noneMatch(c -> c.amount() != null && c.amount().use() == AmountMention.Use.DEAL)) {
                    priceEarlierDeal(s, mentions, amounts);
                }
                if (found.isEmpty()) {
                    rememberUnclaimedAmount(s, mentions, amounts);
                    pairDeal(s, amounts);
                }
                if (rules.denies(s)
                        && found.stream().noneMatch(c -> c.status() == DealStatus.DENIED && c.payer() != null)) {
                    denyEarlier(s, mentions);
                }
            }
            mentions.stream()
                    .filter(m -> !m.reference() && m.registered())
                    .filter(m -> !Marks.possessive(s, m)
                            || m.end() + 1 < s.size()
                                    && s.tok(m.end() + 1).pos().startsWith("VB"))
                    .filter(m -> m.end() >= s.size() || !s.tok(m.end()).pos().startsWith("NN"))
                    .filter(m -> Marks.mark(s, m, mentions) == null)
                    .findFirst()
                    .ifPresent(m -> lastSubject = m);
            mentions.stream().filter(m -> m.registered() && !m.reference()).forEach(this::rememberShortName);
        }

        /** The latest investment in the last few sentences: its payee is where unnamed investments go. */
        private DealBuilder latestInvestment(Sentence s) {
            for (int i = deals.size() - 1; i >= 0; i--) {
                DealBuilder d = deals.get(i);
                if (d.type == DealType.INVESTMENT && d.lastSentence >= s.index() - 3) {
                    return d;
                }
            }
            return null;
        }

        private void trace(
                Sentence s, List<Mention> mentions, List<AmountMention> amounts, List<DealRules.Candidate> found) {
            StringBuilder b = new StringBuilder("\n# ").append(s.text()).append("\n  tokens:");
            s.toks()
                    .forEach(t -> b.append(' ')
                            .append(t.word())
                            .append('/')
                            .append(t.pos())
                            .append('/')
                            .append(t.lemma())
                            .append(t.ner().equals("O") ? "" : "/" + t.ner()));
            mentions.forEach(m -> b.append("\n  mention ")
                    .append(m.text())
                    .append(" -> ")
                    .append(m.name())
                    .append(" mark=")
                    .append(Marks.mark(s, m, mentions)));
            amounts.forEach(a -> b.append("\n  amount ")
                    .append(a.amount().text())
                    .append(' ')
                    .append(a.use()));
            rules.triggers(s)
                    .forEach(h -> b.append("\n  trigger ")
                            .append(s.tok(h.start()).word())
                            .append(' ')
                            .append(h.trigger().frame()));
            found.forEach(c -> b.append("\n  => ")
                    .append(c.type())
                    .append(' ')
                    .append(c.status())
                    .append(' ')
                    .append(c.payer() == null ? null : c.payer().name())
                    .append(" -> ")
                    .append(c.payee().name())
                    .append(' ')
                    .append(c.amount() == null ? "-" : c.amount().amount().text()));
            tracer.accept(b.toString());
        }

        private String kindOf(String name) {
            return cloudOwners.contains(name)
                    ? DealRules.CLOUD_OWNER
                    : registry.kind(name).orElse(null);
        }

        private List<Mention> mentions(Sentence s, boolean annotated) {
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
                    String unit = unregisteredName(spanText(s, m.start(), unitEnd));
                    String group = parentOf(c.name()) != null ? parentOf(c.name()) : c.name();
                    for (int i = m.end(); i < unitEnd; i++) {
                        covered[i] = true;
                    }
                    out.add(new Mention(
                            m.start(), unitEnd, unit, group, spanText(s, m.start(), unitEnd), false, false));
                    continue;
                }
                out.add(new Mention(
                        m.start(),
                        m.end(),
                        c.name(),
                        parentOf(c.name()),
                        spanText(s, m.start(), m.end()),
                        true,
                        false));
            }
            addShortNames(s, covered, out);
            if (annotated) {
                addNerOrganizations(s, covered, out);
                addLeadInvestors(s, covered, out);
                addTargetNames(s, covered, out);
                addCorporateNames(s, covered, out);
                addDescribedNames(s, covered, out);
                addAppositionNames(s, covered, out);
                addEarlierNames(s, covered, out);
                addReferences(s, covered, out);
            }
            out.sort((a, b) -> Integer.compare(a.start(), b.start()));
            if (annotated) {
                dropModifiers(s, out);
                applyAbbreviations(s, out);
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
                    parentOf(maker.name()),
                    spanText(s, m.start(), next + 1),
                    true,
                    true);
        }

        private final Map<String, String> shortNames = new java.util.HashMap<>();

        /** After "Inflection AI" or "Cerebras Systems", a later "Inflection" or "Cerebras" is the same company. */
        private void rememberShortName(Mention m) {
            String[] words = m.name().split(" ");
            if (words.length >= 2 && words[0].length() >= 4 && Character.isUpperCase(words[0].charAt(0))) {
                shortNames.putIfAbsent(words[0], m.name());
            }
        }

        private void addShortNames(Sentence s, boolean[] covered, List<Mention> out) {
            for (int i = 0; i < s.size(); i++) {
                String name = covered[i] ? null : shortNames.get(s.tok(i).word());
                if (name != null) {
                    out.add(new Mention(i, i + 1, name, parentOf(name), s.tok(i).word(), true, false));
                    covered[i] = true;
                }
            }
        }

        /**
         * The name of a company the registry lacks as the text names it, without the article, the possessive, a
         * trailing legal suffix ("Takeda Pharmaceutical Co Ltd", "Ørsted A/S") or a line break inside it.
         */
        private static String unregisteredName(String words) {
            String name = words.replaceAll("\\s+", " ")
                    .replaceFirst("^(?i:the)\\s+", "")
                    .replaceFirst("['’]s$", "")
                    .replaceFirst("\\s*\\(.*$", "")
                    .strip();
            String[] parts = name.split(" ");
            int end = parts.length;
            while (end > 1
                    && (CompanyRegistry.isLegalSuffix(parts[end - 1].replace(",", ""))
                            || LEGAL_TAILS.contains(parts[end - 1].toLowerCase(Locale.ROOT)))) {
                end--;
            }
            return String.join(" ", java.util.Arrays.copyOf(parts, end)).replaceFirst("\\s*[,&]$", "");
        }

        private void addNerOrganizations(Sentence s, boolean[] covered, List<Mention> out) {
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
                while (i < j && (TITLES.contains(s.tok(i).lower()) || s.tok(i).is("of"))) {
                    // "CIO of Bokeh Capital Partners", "Executive Chair": a person's title is no part of a name
                    i++;
                }
                if (i == j) {
                    continue;
                }
                String words = spanText(s, i, j);
                String cleaned = unregisteredName(words);
                boolean generic = GENERIC_ORGS.contains(cleaned.toLowerCase(Locale.ROOT))
                        || PUBLIC_BODY.matcher(cleaned).find();
                boolean onlySuffix = generic
                        || java.util.Arrays.stream(cleaned.split("\\s+")).allMatch(CompanyRegistry::isLegalSuffix);
                if (!cleaned.isEmpty() && !onlySuffix && !registry.isProduct(cleaned)) {
                    var known = registry.lookup(cleaned);
                    if (known.isPresent()) {
                        out.add(new Mention(
                                i, j, known.get().name(), parentOf(known.get().name()), words, true, false));
                    } else {
                        out.add(new Mention(i, j, cleaned, null, words, false, false));
                    }
                    for (int k = i; k < j; k++) {
                        covered[k] = true;
                    }
                }
                i = j;
            }
        }

        /**
         * "Analog Devices agreed to buy …": a run of proper nouns that ends in a corporate word is a company even
         * when the 3-class model misses it.
         */
        private void addCorporateNames(Sentence s, boolean[] covered, List<Mention> out) {
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
                    String name = spanText(s, i, j);
                    int from = i;
                    int to = j;
                    out.add(registry.lookup(name)
                            .map(c -> new Mention(from, to, c.name(), parentOf(c.name()), name, true, false))
                            .orElseGet(() -> new Mention(from, to, name, null, name, false, false)));
                    for (int k = i; k < j; k++) {
                        covered[k] = true;
                    }
                }
                i = Math.max(j, i + 1);
            }
        }

        /** "in a round led by Disruptive": a capitalized name after "led by" is a company even if NER missed it. */
        /** The end of the NER organization that goes on after a registry name, else {@code end}. */
        private int unitEnd(Sentence s, int end) {
            int j = end;
            while (j < s.size()
                    && s.tok(j).ner().equals("ORGANIZATION")
                    && s.tok(j).capitalized()
                    && !TITLES.contains(s.tok(j).lower())
                    && s.tok(j).begin() - s.tok(j - 1).end() == 1
                    && original.charAt(s.tok(j).begin() - 1) == ' ') {
                j++;
            }
            return j;
        }

        /** "German chemicals firm Covestro": a capitalized name right after a describing noun is a company. */
        /**
         * "LG Energy Solution (LGES)" makes LGES a name of that company for the rest of the document; "a power
         * purchase agreement (PPA)" makes PPA a name of no company; "LONDON (Alliance News) -" names the source.
         */
        private void applyAbbreviations(Sentence s, List<Mention> out) {
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
                    return new Mention(
                            m.start(), m.end(), full.name(), full.parent(), m.text(), full.registered(), true);
                }
                return full == null
                        ? m
                        : new Mention(
                                m.start(), m.end(), full.name(), full.parent(), m.text(), full.registered(), false);
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

        private void addDescribedNames(Sentence s, boolean[] covered, List<Mention> out) {
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
                String words = spanText(s, i, j);
                String name = unregisteredName(words);
                if (GENERIC_ORGS.contains(name.toLowerCase(Locale.ROOT)) || registry.isProduct(name)) {
                    continue;
                }
                int from = i;
                int to = j;
                out.add(registry.lookup(name)
                        .map(c -> new Mention(from, to, c.name(), parentOf(c.name()), words, true, false))
                        .orElseGet(() -> new Mention(from, to, name, null, words, false, false)));
                for (int k = i; k < j; k++) {
                    covered[k] = true;
                }
                i = j;
            }
        }

        /** After a describing noun a person is unlikely: the NER's PERSON for an unknown name is overruled. */
        private static boolean describedName(Tok t) {
            return t.capitalized()
                    && (t.pos().startsWith("NNP")
                            || t.pos().equals("JJ")
                            || t.pos().equals("NN"))
                    && !t.ner().equals("LOCATION")
                    && !t.ner().equals("DATE");
        }

        /** "Halvern, a robotics start-up, raised …": a name in apposition to a describing noun is a company. */
        private void addAppositionNames(Sentence s, boolean[] covered, List<Mention> out) {
            for (int i = 0; i + 3 < s.size(); i++) {
                // the tagger calls an unknown name that opens the sentence a noun ("Trial/NN, a store operator")
                boolean nameTag = s.tok(i).pos().startsWith("NNP")
                        || i == 0 && s.tok(i).pos().equals("NN");
                if (covered[i]
                        || !s.tok(i).capitalized()
                        || !nameTag
                        || s.tok(i).ner().equals("LOCATION")
                        || s.tok(i).ner().equals("PERSON")
                        || !s.tok(i + 1).is(",")
                        || !s.tok(i + 2).is("a", "an")) {
                    continue;
                }
                int end = Math.min(s.size(), i + 8);
                for (int k = i + 3; k < end && !s.tok(k).is(","); k++) {
                    if (DESCRIBING_NOUNS.contains(s.tok(k).lower()) || s.tok(k).is("start")) {
                        int start = i;
                        while (start > 0
                                && !covered[start - 1]
                                && s.tok(start - 1).capitalized()
                                && s.tok(start - 1).pos().startsWith("NNP")) {
                            start--;
                        }
                        String name = unregisteredName(spanText(s, start, i + 1));
                        out.add(new Mention(start, i + 1, name, null, spanText(s, start, i + 1), false, false));
                        for (int c = start; c <= i; c++) {
                            covered[c] = true;
                        }
                        break;
                    }
                }
            }
        }

        /** Initials or a first word the NER does not tag, of a company named in full earlier ("PES", "Corvane"). */
        private void addEarlierNames(Sentence s, boolean[] covered, List<Mention> out) {
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

        private void addLeadInvestors(Sentence s, boolean[] covered, List<Mention> out) {
            for (int i = 2; i < s.size(); i++) {
                if (!s.tok(i - 1).is("by")
                        || !s.tok(i - 2).lemmaIs("lead", "co-lead")
                        || covered[i]
                        || !s.tok(i).capitalized()) {
                    continue;
                }
                // the tagger often calls an unknown one-word name an adjective ("led by Disruptive/JJ")
                int j = i;
                while (j < s.size()
                        && !covered[j]
                        && s.tok(j).capitalized()
                        && !s.tok(j).is("the", "a", "an")) {
                    j++;
                }
                if (j > i) {
                    String name = spanText(s, i, j);
                    out.add(new Mention(i, j, name, null, name, false, false));
                    for (int k = i; k < j; k++) {
                        covered[k] = true;
                    }
                }
            }
        }

        /**
         * "its $2.6bn acquisition of Hercules": the name a takeover noun is of is a company, whatever the NER
         * made of it (it calls Hercules a place).
         */
        private void addTargetNames(Sentence s, boolean[] covered, List<Mention> out) {
            for (int i = 2; i < s.size(); i++) {
                boolean target = s.tok(i - 1).is("of") && s.tok(i - 2).lemmaIs("acquisition", "takeover", "buyout")
                        || s.tok(i - 1).is("with") && s.tok(i - 2).lemmaIs("merger");
                if (!target
                        || covered[i]
                        || !s.tok(i).capitalized()
                        || !s.tok(i).pos().startsWith("NNP")
                        || s.tok(i).ner().equals("PERSON")
                        || s.tok(i).ner().equals("DATE")) {
                    continue;
                }
                int j = i;
                while (j < s.size()
                        && j - i < 5
                        && !covered[j]
                        && s.tok(j).pos().startsWith("NNP")) {
                    j++;
                }
                if (j == i || j < s.size() && s.tok(j).is("-", "'s")) {
                    continue;
                }
                String words = spanText(s, i, j);
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

        private void addReferences(Sentence s, boolean[] covered, List<Mention> out) {
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
                    antecedent = firstBefore(out, i);
                    if (antecedent != null && objectPosition(s, i)) {
                        antecedent = objectReference(s, out, i, antecedent);
                    }
                    end = i + 4;
                } else if (t.is("the") && backReferenceEnd(s, i) > 0) {
                    // "the company", "the cloud company", "the search giant"
                    boolean filingCompany = s.tok(i + 1).word().equals("Company") && registrant != null;
                    antecedent = filingCompany ? registrant : firstBefore(out, i);
                    if (!filingCompany && antecedent != null && objectPosition(s, i)) {
                        // "Microsoft invested €15 million in the company": not the subject, the company in focus
                        antecedent = objectReference(s, out, i, antecedent);
                    }
                    end = backReferenceEnd(s, i);
                } else if (t.is("it", "its")) {
                    antecedent = firstBefore(out, i);
                } else if (t.is("which", "who") && i >= 2 && s.tok(i - 1).is(",")) {
                    int comma = i - 1;
                    antecedent = out.stream()
                            .filter(m -> m.end() == comma)
                            .findFirst()
                            .orElse(null);
                }
                if (antecedent != null) {
                    out.add(new Mention(
                            i,
                            end,
                            antecedent.name(),
                            antecedent.parent(),
                            spanText(s, i, end),
                            antecedent.registered(),
                            true));
                    i = end - 1;
                }
            }
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
            Set<String> subjects = new java.util.HashSet<>(Set.of(last.group()));
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
        private Mention focusOtherThan(
                Set<String> excluded, List<Mention> sentenceMentions, int tokenIndex, Sentence s) {
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
                String g =
                        registry.ultimateParent(e.getKey()).map(Company::name).orElse(e.getKey());
                if (!excluded.contains(g) && e.getValue() > bestCount && !registry.isProduct(e.getKey())) {
                    best = e.getKey();
                    bestCount = e.getValue();
                }
            }
            if (best == null) {
                return null;
            }
            var known = registry.byCanonicalName(best);
            return new Mention(-1, -1, best, parentOf(best), best, known.isPresent(), true);
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

        /** The sentence's first named company before the token (mentions are not sorted yet), else the last subject. */
        private static boolean personFollows(Sentence s, int from) {
            int i = from;
            while (i < s.size()
                    && (TITLES.contains(s.tok(i).lower()) || !s.tok(i).capitalized() && i < from + 3)) {
                i++;
            }
            return i < s.size() && s.tok(i).capitalized() && s.tok(i).pos().startsWith("NNP");
        }

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

        private String spanText(Sentence s, int start, int end) {
            return original.substring(s.tok(start).begin(), s.tok(end - 1).end());
        }

        private String parentOf(String name) {
            return registry.ultimateParent(name).map(Company::name).orElse(null);
        }

        private Mention registrantMention(String name) {
            if (name == null || name.isBlank()) {
                return null;
            }
            var known = registry.lookup(name);
            return known.map(c -> new Mention(-1, -1, c.name(), parentOf(c.name()), name, true, true))
                    .orElseGet(() -> new Mention(-1, -1, name.strip(), null, name, false, true));
        }

        private List<AmountMention> amounts(Sentence s) {
            List<AmountMention> out = new ArrayList<>();
            for (AmountParser.Found f : amountParser.find(s.text(), Dates.resolve(s.text(), request.published()))) {
                int start = s.tokenAt(s.begin() + f.begin());
                int end = Math.max(start + 1, s.tokenAt(s.begin() + f.end() - 1) + 1);
                AmountMention.Use use = AmountUse.classify(s, start, end);
                AmountMention previous = out.isEmpty() ? null : out.getLast();
                if (previous != null && restates(s, previous, start)) {
                    // "sales of ¥1.2 trillion ($8 billion)": a conversion is what the figure it converts is
                    use = previous.use();
                }
                out.add(new AmountMention(start, Math.min(end, s.size()), f.amount(), use));
            }
            return out;
        }

        /** The amount at {@code start} converts the one before: "¥1.2 trillion ($8 billion)", "£1.8bn, or $2.4bn". */
        private static boolean restates(Sentence s, AmountMention previous, int start) {
            if (start <= previous.end() || start - previous.end() > 2) {
                return false;
            }
            for (int i = previous.end(); i < start; i++) {
                if (!s.tok(i).is("(", "-LRB-", ",", "or")) {
                    return false;
                }
            }
            return true;
        }

        private void add(DealRules.Candidate c) {
            Evidence ev = new Evidence(
                    c.sentence().text(), c.sentence().begin(), c.sentence().end());
            Amount amount = c.amount() == null ? null : c.amount().amount();
            boolean cumulative = c.amount() != null && c.amount().use() == AmountMention.Use.CUMULATIVE;
            for (DealBuilder d : deals) {
                if (!d.sameParties(c)) {
                    continue;
                }
                boolean leadsIt = c.sentence().tok(c.trigger()).lemmaIs("lead", "co-lead")
                        || c.sentence().text().matches("(?is).*\\bthe (round|funding|raise|fundraising)\\b.*");
                if (d.payer == null && c.payer() != null && (amount == null || d.amount == null) && !leadsIt) {
                    // a named investor without a sum is one of the round's backers, not the whole round
                    continue;
                }
                if (amount == null || d.amount == null || close(amount, d.amount)) {
                    d.absorb(c, ev, amount, termOf.get(c));
                    return;
                }
                if (cumulative) {
                    d.addEvidence(ev);
                    return;
                }
                if (amount.value().compareTo(d.amount.value()) < 0
                        && TRANCHE.matcher(c.sentence().text()).find()
                        && !SHARE_OF_TOTAL.matcher(c.sentence().text()).find()) {
                    d.addTranche(c, ev, amount);
                    return;
                }
            }
            if (cumulative) {
                return;
            }
            if (amount == null && c.type() != DealType.PARTNERSHIP) {
                amount = claimAmount(c);
            }
            DealBuilder started = new DealBuilder(c, ev, amount, request.published(), termOf.get(c));
            started.features = DealFeatures.of(c, sentenceMentions, this::kindOf);
            deals.add(started);
        }

        /**
         * "will invest up to $25 billion in Anthropic, which commits to spend more than $100 billion on AWS over the
         * next ten years": a duration belongs to the deal whose amount (or trigger) is nearest to it, not to every
         * deal of the sentence.
         */
        private Map<DealRules.Candidate, Integer> assignTerms(Sentence s, List<DealRules.Candidate> found) {
            Map<DealRules.Candidate, Integer> out = new java.util.IdentityHashMap<>();
            for (Terms.Duration d : Terms.durations(s.text())) {
                int at = s.tokenAt(s.begin() + d.begin());
                DealRules.Candidate nearest = null;
                int best = Integer.MAX_VALUE;
                for (DealRules.Candidate c : found) {
                    int anchor = c.amount() != null ? c.amount().end() : c.trigger();
                    int distance = Math.abs(at - anchor) + (at < anchor ? 3 : 0);
                    if (distance < best) {
                        best = distance;
                        nearest = c;
                    }
                }
                if (nearest != null) {
                    out.putIfAbsent(nearest, d.months());
                }
            }
            return out;
        }

        /**
         * "entered into an order form with NVIDIA, with an initial value of $6.3 billion. Under the order form,
         * NVIDIA is obligated to purchase …": a sentence that names the parties and a sum but no deal, followed by
         * one that refers back and makes the deal.
         */
        private void rememberUnclaimedAmount(Sentence s, List<Mention> mentions, List<AmountMention> amounts) {
            List<AmountMention> money = amounts.stream()
                    .filter(a -> a.use() == AmountMention.Use.DEAL)
                    .toList();
            if (money.size() == 1 && mentions.size() >= 2) {
                unclaimed = money.getFirst().amount();
                unclaimedSentence = s.index();
                unclaimedGroups = mentions.stream().map(Mention::group).collect(java.util.stream.Collectors.toSet());
            }
        }

        private Amount claimAmount(DealRules.Candidate c) {
            if (unclaimed == null
                    || c.sentence().index() - unclaimedSentence > 2
                    || !DEAL_BACK_REFERENCE.matcher(c.sentence().text()).find()
                    || c.payer() == null
                    || !unclaimedGroups.contains(c.payer().group())
                    || !unclaimedGroups.contains(c.payee().group())) {
                return null;
            }
            Amount a = unclaimed;
            unclaimed = null;
            return a;
        }

        /**
         * "Under the agreement, Microsoft will pay us $17.4 billion", "The aggregate consideration was $8 billion":
         * a later sentence that refers back to the deal states its amount.
         */
        private void priceEarlierDeal(Sentence s, List<Mention> mentions, List<AmountMention> amounts) {
            List<AmountMention> money = amounts.stream()
                    .filter(a -> a.use() == AmountMention.Use.DEAL)
                    .toList();
            if (money.size() != 1 || !DEAL_BACK_REFERENCE.matcher(s.text()).find()) {
                return;
            }
            for (int i = deals.size() - 1; i >= 0; i--) {
                DealBuilder d = deals.get(i);
                if (d.lastSentence < s.index() - 3) {
                    return;
                }
                if (d.type == DealType.PARTNERSHIP || d.amount != null) {
                    continue;
                }
                // companies named after the sum belong to a later clause ("… well below the $700 million that
                // Graphcore had raised from investors including Sequoia")
                int moneyStart = money.getFirst().start();
                boolean stranger = mentions.stream().anyMatch(m -> m.start() < moneyStart && !d.involves(m.group()));
                if (!stranger) {
                    d.amount = money.getFirst().amount();
                    d.addEvidence(new Evidence(s.text(), s.begin(), s.end()));
                }
                return;
            }
        }

        /**
         * "the $38bn agreement the two companies signed in November": the pair of the latest deal of the same
         * kind made another deal, with the amount nearest the phrase.
         */
        private void pairDeal(Sentence s, List<AmountMention> amounts) {
            Matcher pair = TWO_COMPANIES.matcher(s.text());
            if (!pair.find()) {
                return;
            }
            int phrase = s.tokenAt(s.begin() + pair.start());
            AmountMention nearest = null;
            for (AmountMention a : amounts) {
                if (a.use() == AmountMention.Use.DEAL
                        && (nearest == null || Math.abs(a.end() - phrase) < Math.abs(nearest.end() - phrase))) {
                    nearest = a;
                }
            }
            if (nearest == null) {
                return;
            }
            String lower = s.text().toLowerCase(Locale.ROOT);
            boolean cloud = lower.contains("cloud") || lower.contains("compute") || lower.contains("capacity");
            for (int i = deals.size() - 1; i >= 0; i--) {
                DealBuilder d = deals.get(i);
                if (d.payer == null
                        || d.type == DealType.PARTNERSHIP
                        || cloud != (d.type == DealType.CLOUD_COMMITMENT)) {
                    continue;
                }
                Evidence ev = new Evidence(s.text(), s.begin(), s.end());
                Amount amount = nearest.amount();
                if (deals.stream()
                        .anyMatch(o -> o.type == d.type
                                && o.payer != null
                                && o.payer.group().equals(d.payer.group())
                                && o.payee.group().equals(d.payee.group())
                                && o.amount != null
                                && close(o.amount, amount))) {
                    return;
                }
                DealBuilder copy = new DealBuilder(d, ev, amount, s);
                deals.add(copy);
                return;
            }
        }

        private void denyEarlier(Sentence s, List<Mention> mentions) {
            Evidence ev = new Evidence(s.text(), s.begin(), s.end());
            for (DealBuilder d : deals) {
                boolean rumour = d.status == DealStatus.REPORTED_TALKS;
                if (d.lastSentence < s.index() - 3 && !rumour) {
                    continue;
                }
                boolean named = mentions.stream().anyMatch(m -> d.involves(m.group()));
                if (named) {
                    d.status = DealStatus.DENIED;
                    d.addEvidence(ev);
                }
            }
        }
    }

    static boolean close(Amount a, Amount b) {
        if (a.value() == null || b.value() == null) {
            return true;
        }
        if (a.currency().equals(b.currency())) {
            return within(a.value(), b.value());
        }
        return a.usd() != null && b.usd() != null && within(a.usd(), b.usd());
    }

    static boolean within(BigDecimal x, BigDecimal y) {
        BigDecimal max = x.abs().max(y.abs());
        if (max.signum() == 0) {
            return true;
        }
        return x.subtract(y).abs().divide(max, MathContext.DECIMAL64).compareTo(new BigDecimal("0.02")) <= 0;
    }

    /** A deal being assembled from one or more sentences of a document. */
    private static final class DealBuilder {
        final DealType type;
        DealStatus status;
        Mention payer;
        Mention payee;
        Amount amount;
        final List<Evidence> evidence = new ArrayList<>();
        final List<Tranche> tranches = new ArrayList<>();
        final List<Term> terms = new ArrayList<>();
        final java.time.LocalDate published;
        Integer termMonths;
        java.time.LocalDate date;
        double confidence;
        int lastSentence;
        boolean dropped;
        /** What the candidate scorer knows of how this deal was found. */
        List<String> features = List.of("origin=pair");

        DealBuilder(DealRules.Candidate c, Evidence ev, Amount amount, java.time.LocalDate published, Integer term) {
            this.type = c.type();
            this.status = c.status();
            this.payer = c.payer();
            this.payee = c.payee();
            this.amount = amount;
            this.published = published;
            this.confidence = c.confidence();
            this.date = Dates.resolve(c.sentence().text(), published);
            this.termMonths = term;
            this.lastSentence = c.sentence().index();
            addEvidence(ev);
            addTerms(c);
        }

        /** Another deal between the parties of {@code other}, stated in sentence {@code s}. */
        DealBuilder(DealBuilder other, Evidence ev, Amount amount, Sentence s) {
            this.type = other.type;
            this.status = DealStatus.ANNOUNCED;
            this.payer = other.payer;
            this.payee = other.payee;
            this.amount = amount;
            this.published = other.published;
            this.confidence = Math.max(0.5, other.confidence - 0.15);
            this.date = Dates.resolve(s.text(), published);
            this.termMonths = Terms.termMonths(s.text());
            this.lastSentence = s.index();
            addEvidence(ev);
        }

        boolean sameParties(DealRules.Candidate c) {
            if (c.type() != type) {
                return false;
            }
            if (type == DealType.PARTNERSHIP && c.payer() != null && payer != null) {
                Set<String> mine = Set.of(payer.group(), payee.group());
                return mine.contains(c.payer().group())
                        && mine.contains(c.payee().group());
            }
            boolean payerOk =
                    c.payer() == null || payer == null || c.payer().group().equals(payer.group());
            return payerOk && c.payee().group().equals(payee.group());
        }

        boolean involves(String group) {
            return (payer != null && payer.group().equals(group))
                    || payee.group().equals(group);
        }

        void absorb(DealRules.Candidate c, Evidence ev, Amount a, Integer term) {
            if (payer == null) {
                payer = c.payer();
            }
            if (amount == null) {
                amount = a;
            }
            if (c.status() == DealStatus.DENIED || rank(c.status()) > rank(status) && status != DealStatus.DENIED) {
                status = c.status();
            }
            if (termMonths == null) {
                termMonths = term;
            }
            confidence = Math.min(0.98, Math.max(confidence, c.confidence()) + 0.02);
            lastSentence = c.sentence().index();
            addEvidence(ev);
            addTerms(c);
        }

        private static int rank(DealStatus s) {
            return switch (s) {
                case ANNOUNCED -> 1;
                case COMPLETED -> 2;
                case REPORTED_TALKS -> 0;
                case DENIED -> 3;
            };
        }

        void addTranche(DealRules.Candidate c, Evidence ev, Amount a) {
            tranches.add(new Tranche(a, Dates.resolve(ev.text(), published), c.status()));
            lastSentence = c.sentence().index();
            addEvidence(ev);
            addTerms(c);
        }

        void addEvidence(Evidence ev) {
            if (evidence.stream().noneMatch(e -> e.begin() == ev.begin())) {
                evidence.add(ev);
            }
        }

        private void addTerms(DealRules.Candidate c) {
            for (Term t : Terms.find(c.sentence(), c.valuation())) {
                boolean dup = terms.stream()
                        .anyMatch(o -> o.kind() == t.kind() && o.value().equalsIgnoreCase(t.value()));
                if (!dup) {
                    terms.add(t);
                }
            }
        }

        ExtractedDeal build() {
            return new ExtractedDeal(
                    type,
                    status,
                    party(payer),
                    party(payee),
                    amount,
                    termMonths,
                    date,
                    confidence,
                    List.copyOf(evidence),
                    List.copyOf(terms),
                    false,
                    List.copyOf(tranches));
        }

        private static Party party(Mention m) {
            return m == null ? null : new Party(m.name(), m.text(), m.parent());
        }
    }
}
