package org.pactwatch.extraction.internal;

import org.pactwatch.extraction.ExtractedDeal.Amount;

/** An amount in a sentence: token span, normalized value and what the money is (deal money or not). */
record AmountMention(int start, int end, Amount amount, Use use) {

    enum Use {
        DEAL,
        VALUATION,
        NOT_A_DEAL,
        CUMULATIVE
    }
}
