package org.pactwatch.extraction.internal;

import java.util.List;
import java.util.Set;
import org.pactwatch.company.CompanyRegistry;
import org.pactwatch.company.CompanyRegistry.Company;
import org.pactwatch.extraction.DealExtractor;
import org.pactwatch.extraction.ExtractedDeal;
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

    /** Receives a line per analysed sentence when set; rule developers use it to see why a rule fired. */
    static volatile java.util.function.Consumer<String> tracer;

    final CompanyRegistry registry;
    private final FxRates fx;
    final NlpPipeline nlp;
    final Gazetteer gazetteer;
    final DealRules rules;
    final CandidateFilter filter;
    final CandidateScorer scorer;
    final AmountParser amountParser;
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

    /** The kind of a company; {@link DealRules#CLOUD_OWNER} for a group that sells cloud through a subsidiary. */
    String kindOf(String name) {
        return cloudOwners.contains(name)
                ? DealRules.CLOUD_OWNER
                : registry.kind(name).orElse(null);
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
            return new DocumentRun(this, request, features).execute();
        } catch (RuntimeException | StackOverflowError e) {
            return ExtractionResult.failed(request, "extraction failed: " + e);
        }
    }
}
