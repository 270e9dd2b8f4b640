package org.pactwatch.extraction;

import org.pactwatch.company.CompanyRegistry;
import org.pactwatch.extraction.internal.CoreNlpDealExtractor;

/**
 * Where to get a {@link DealExtractor}. Loading CoreNLP takes seconds and about a gigabyte, so there is one
 * shared extractor per JVM, built on first use from the shipped registry and FX table.
 */
public final class DealExtractors {

    private DealExtractors() {}

    private static final class Holder {
        static final DealExtractor SHARED =
                new CoreNlpDealExtractor(CompanyRegistry.loadDefault(), FxRates.loadDefault());
    }

    /** The JVM-wide extractor over the shipped registry and FX table. */
    public static DealExtractor shared() {
        return Holder.SHARED;
    }

    /** A new extractor over the given registry and rates; callers keep and share it themselves. */
    public static DealExtractor create(CompanyRegistry registry, FxRates fxRates) {
        return new CoreNlpDealExtractor(registry, fxRates);
    }
}
