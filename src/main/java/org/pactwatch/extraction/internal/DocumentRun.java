package org.pactwatch.extraction.internal;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.pactwatch.company.CompanyRegistry;
import org.pactwatch.extraction.ExtractedDeal;
import org.pactwatch.extraction.ExtractedDeal.DealStatus;
import org.pactwatch.extraction.ExtractionRequest;
import org.pactwatch.extraction.ExtractionResult;
import org.pactwatch.extraction.internal.DealRules.Candidate;

/** The extraction of one document: chunks, sentences, mentions, amounts and the rules, then the deals kept. */
final class DocumentRun {

    private final CompanyRegistry registry;
    private final NlpPipeline nlp;
    private final Gazetteer gazetteer;
    private final DealRules rules;
    private final CandidateFilter filter;
    private final CandidateScorer scorer;
    private final AmountParser amountParser;
    private final Function<String, String> kindOf;
    private final ExtractionRequest request;
    private final BiConsumer<ExtractedDeal, List<String>> featureSink;
    private final String original;
    private final String text;
    private final References references;
    private final MentionFinder finder;
    private final DocumentDeals deals;
    private final MergerAgreements mergers;
    private int sentenceIndex;

    DocumentRun(
            CoreNlpDealExtractor extractor,
            ExtractionRequest request,
            BiConsumer<ExtractedDeal, List<String>> featureSink) {
        this.registry = extractor.registry;
        this.nlp = extractor.nlp;
        this.gazetteer = extractor.gazetteer;
        this.rules = extractor.rules;
        this.filter = extractor.filter;
        this.scorer = extractor.scorer;
        this.amountParser = extractor.amountParser;
        this.kindOf = extractor::kindOf;
        this.request = request;
        this.featureSink = featureSink;
        this.original = request.text();
        this.text = TextPreparer.prepare(original);
        NameContext names = new NameContext(original, registry);
        this.references = new References(names, request.registrant());
        this.finder = new MentionFinder(names, gazetteer, references);
        this.deals = new DocumentDeals(request.published(), kindOf);
        this.mergers = new MergerAgreements(references.registrant());
    }

    ExtractionResult execute() {
        int start = 0;
        while (start < text.length()) {
            int end = chunkEnd(start);
            processChunk(start, end);
            start = end;
        }
        mergers.settle(deals, kindOf);
        List<ExtractedDeal> out = new ArrayList<>();
        for (DealBuilder d : deals.all()) {
            if (d.dropped) {
                continue;
            }
            ExtractedDeal built = d.build();
            List<String> features = DealFeatures.finished(d.features, built);
            // the scorer judges sentence rules' candidates, not a filing's agreement read from its defined terms
            if (scorer.trained() && !features.contains(MergerAgreements.ORIGIN)) {
                double p = scorer.probability(features);
                if (p < scorer.threshold()) {
                    if (CoreNlpDealExtractor.tracer != null) {
                        CoreNlpDealExtractor.tracer.accept("  scorer drops (p=%.2f) %s %s -> %s %s"
                                .formatted(p, built.type(), built.payer(), built.payee(), features));
                    }
                    continue;
                }
                d.confidence = Math.round(p * 100) / 100.0;
                built = d.build();
            }
            featureSink.accept(built, features);
            out.add(built);
        }
        List<ExtractionResult.CompanyCount> companies = references.companyCounts().entrySet().stream()
                .map(e -> new ExtractionResult.CompanyCount(e.getKey(), e.getValue()))
                .toList();
        return new ExtractionResult(request.id(), request.published(), null, companies, out);
    }

    private int chunkEnd(int start) {
        if (text.length() - start <= CoreNlpDealExtractor.CHUNK_CHARS) {
            return text.length();
        }
        int limit = start + CoreNlpDealExtractor.CHUNK_CHARS;
        int nl = text.lastIndexOf('\n', limit);
        if (nl > start + CoreNlpDealExtractor.CHUNK_CHARS / 2) {
            return nl + 1;
        }
        int space = text.lastIndexOf(' ', limit);
        return space > start + CoreNlpDealExtractor.CHUNK_CHARS / 2 ? space + 1 : limit;
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
        if (toks.size() <= CoreNlpDealExtractor.MAX_SENTENCE_TOKENS) {
            return List.of(s);
        }
        // a text without sentence ends: cut into windows so the tagger's cost stays linear
        List<CoreMap> parts = new ArrayList<>();
        for (int i = 0; i < toks.size(); i += CoreNlpDealExtractor.MAX_SENTENCE_TOKENS) {
            List<CoreLabel> part = new ArrayList<>(
                    toks.subList(i, Math.min(toks.size(), i + CoreNlpDealExtractor.MAX_SENTENCE_TOKENS)));
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
            if (references.registrant() != null && References.REGISTRANT_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return references.lastSubject() != null;
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
        List<Mention> mentions = finder.mentions(s, annotated);
        references.count(mentions);
        if (annotated) {
            List<AmountMention> amounts = SentenceAmounts.find(amountParser, s, request.published());
            DealBuilder invested = deals.latestInvestment(s);
            List<Candidate> found = rules.apply(
                    s,
                    mentions,
                    amounts,
                    kindOf,
                    invested == null ? null : invested.payee,
                    invested == null ? null : invested.payer);
            if (CoreNlpDealExtractor.tracer != null) {
                trace(s, mentions, amounts, found);
            }
            deals.addAll(s, mentions, found);
            mergers.read(s, mentions, amounts);
            // a cumulative total found here ("the $700 million it had raised") prices no deal of its own
            if (found.stream().noneMatch(c -> c.amount() != null && c.amount().use() == AmountMention.Use.DEAL)) {
                deals.priceEarlierDeal(s, mentions, amounts);
            }
            if (found.isEmpty()) {
                deals.nameRoundLead(s, mentions);
                deals.rememberUnclaimedAmount(s, mentions, amounts);
                deals.pairDeal(s, amounts);
            }
            if (rules.denies(s)
                    && found.stream().noneMatch(c -> c.status() == DealStatus.DENIED && c.payer() != null)) {
                deals.denyEarlier(s, mentions);
            }
        }
        references.rememberSubject(s, mentions);
        finder.rememberShortNames(mentions);
    }

    private void trace(Sentence s, List<Mention> mentions, List<AmountMention> amounts, List<Candidate> found) {
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
        amounts.forEach(a ->
                b.append("\n  amount ").append(a.amount().text()).append(' ').append(a.use()));
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
        CoreNlpDealExtractor.tracer.accept(b.toString());
    }
}
