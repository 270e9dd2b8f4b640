package org.pactwatch.extraction.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pactwatch.extraction.internal.RulesOnly.only;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.pactwatch.extraction.ExtractedDeal;
import org.pactwatch.extraction.ExtractedDeal.DealType;

/**
 * The kinds of error the fourth real-text round fixed, each in a sentence written for this test: sums in crore
 * and lakh are deal money, and a stake of more than half (or the rest of a company) is a takeover.
 */
class FourthRoundRulesTest {

    @Test
    void aControllingStakeBoughtWithCroreIsATakeoverWithItsPrice() {
        ExtractedDeal d = only("Adani Ports has acquired a 74% equity stake in Karaikal Port for Rs 240 crore.");
        assertThat(d.type()).isEqualTo(DealType.ACQUISITION);
        assertThat(d.payer().name()).isEqualTo("Adani Ports");
        assertThat(d.payee().name()).isEqualTo("Karaikal Port");
        assertThat(d.amount()).isNotNull();
        assertThat(d.amount().currency()).isEqualTo("INR");
        assertThat(d.amount().value()).isEqualByComparingTo(new BigDecimal("2400000000"));
    }

    @Test
    void theRemainingStakeIsATakeoverAndAMinorityOneAnInvestment() {
        assertThat(only("Infosys bought the remaining 40% stake in Panaya for $60 million.")
                        .type())
                .isEqualTo(DealType.ACQUISITION);
        assertThat(only("Infosys bought a 26% stake in Panaya for $60 million.").type())
                .isEqualTo(DealType.INVESTMENT);
    }
}
