package org.pactwatch.extraction.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pactwatch.extraction.internal.RulesOnly.deals;
import static org.pactwatch.extraction.internal.RulesOnly.only;

import org.junit.jupiter.api.Test;
import org.pactwatch.extraction.ExtractedDeal;
import org.pactwatch.extraction.ExtractedDeal.DealStatus;
import org.pactwatch.extraction.ExtractedDeal.DealType;

/**
 * The kinds of error the third real-text round fixed, each in a sentence written for this test: split hyphen
 * modifiers, supplier clauses, name edges (possessives, tickers, product codes, founders' surnames), gerunds,
 * bids and suppositions.
 */
class ThirdRoundRulesTest {

    @Test
    void aHyphenatedModifierKeepsTheRoundsCompany() {
        ExtractedDeal d = only("Nvidia led a $300 million funding round for the two-year-old Reflection AI, which"
                + " builds coding models.");
        assertThat(d.type()).isEqualTo(DealType.INVESTMENT);
        assertThat(d.payer().name()).isEqualTo("Nvidia");
        assertThat(d.payee().name()).isEqualTo("Reflection AI");
    }

    @Test
    void aDealWithAPartnerToSupplyMakesThePartnerTheBuyer() {
        ExtractedDeal d = only("LG Energy Solution signed a seven-year deal with Toyota Motor Corp. to supply"
                + " batteries for its trucks.");
        assertThat(d.type()).isEqualTo(DealType.SUPPLY);
        assertThat(d.payer().name()).isEqualTo("Toyota Motor");
        assertThat(d.payee().name()).isEqualTo("LG Energy Solution");
    }

    @Test
    void nameEdgesAreNoPartOfTheName() {
        assertThat(only("In March, Tata's Air India placed an order to buy 40 aircraft from Boeing.")
                        .payer()
                        .name())
                .isEqualTo("Air India");
        ExtractedDeal venture =
                only("Honda Motor Co Ltd HMC and Sony Group Corp SONY have signed a joint venture agreement.");
        assertThat(venture.type()).isEqualTo(DealType.PARTNERSHIP);
        assertThat(venture.payer().name()).isEqualTo("Honda Motor");
        ExtractedDeal jets = only("Delta Air Lines agreed to buy 30 Boeing MAX jets worth $4 billion.");
        assertThat(jets.payee().name()).isEqualTo("Boeing");
        ExtractedDeal chemicals =
                only("Dow Chemical agreed to buy specialty chemicals maker Rohm and Haas for $18.8 billion.");
        assertThat(chemicals.payee().name()).isEqualTo("Rohm and Haas");
    }

    @Test
    void aPurchaseOfACompanyIsATakeoverAndAPurchaseOfItsStockAStake() {
        assertThat(only("The bid would top CNOOC's 2012 purchase of Canadian energy company Nexen.")
                        .type())
                .isEqualTo(DealType.ACQUISITION);
        assertThat(only("Nvidia completed its $5 billion purchase of Intel (NASDAQ:INTC) common stock.")
                        .type())
                .isEqualTo(DealType.INVESTMENT);
    }

    @Test
    void aGerundsObjectIsWhatItActsOn() {
        ExtractedDeal d = only("Tata Group is in the race for acquiring national carrier Air India.");
        assertThat(d.type()).isEqualTo(DealType.ACQUISITION);
        assertThat(d.payee().name()).isEqualTo("Air India");
    }

    @Test
    void aRejectedBidComesFromTheBidderAndIsStillTalks() {
        ExtractedDeal d = only("The board of Hexion rejected an unsolicited bid from Apollo worth $4 billion.");
        assertThat(d.payer().name()).isEqualTo("Apollo");
        assertThat(d.payee().name()).isEqualTo("Hexion");
        assertThat(d.status()).isEqualTo(DealStatus.REPORTED_TALKS);
    }

    @Test
    void arithmeticOnASuppositionIsNoDealMoney() {
        assertThat(deals("If OpenAI were to sell all its shares at $600 each, the total would be $96 billion."))
                .allSatisfy(d -> assertThat(d.amount()).isNull());
    }
}
