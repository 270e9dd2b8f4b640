package org.pactwatch.extraction.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pactwatch.extraction.internal.RulesOnly.only;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pactwatch.extraction.ExtractedDeal;
import org.pactwatch.extraction.ExtractedDeal.DealType;

/**
 * The kinds of error the sixth real-text round fixed, each in a text written for this test: typographic
 * apostrophes, a description in apposition, a description that names a kind of company, spelled-out sums, the
 * subject of "for X to buy", a description before a lead investor, one-word companies NER calls people, and "to
 * partner with".
 */
class SixthRoundRulesTest {

    @Test
    void aTypographicContractionIsAVerbAndTheApposedStartupIsTheNameBeforeIt() {
        ExtractedDeal d = only("Amazon said it’s investing up to $6 billion in Anthropic, the AI safety startup "
                + "behind the Claude models.");
        assertThat(d.type()).isEqualTo(DealType.INVESTMENT);
        assertThat(d.payer().name()).isEqualTo("Amazon");
        assertThat(d.payee().name()).isEqualTo("Anthropic");
        assertThat(d.amount().max()).isEqualByComparingTo(new BigDecimal("6000000000"));
    }

    @Test
    void aSpelledSumIsAnAmountAndTheCompanyAfterForBuys() {
        ExtractedDeal d = only("Oracle signed a deal with OpenAI for the AI company to purchase two hundred billion "
                + "dollars worth of compute power over about four years.");
        assertThat(d.type()).isEqualTo(DealType.CLOUD_COMMITMENT);
        assertThat(d.payer().name()).isEqualTo("OpenAI");
        assertThat(d.payee().name()).isEqualTo("Oracle");
        assertThat(d.amount().value()).isEqualByComparingTo(new BigDecimal("200000000000"));
        assertThat(d.amount().currency()).isEqualTo("USD");
    }

    @Test
    void spelledSumsNeedAScaleAndACurrencyWord() {
        AmountParser parser = new AmountParser(org.pactwatch.extraction.FxRates.loadDefault());
        List<AmountParser.Found> found = parser.find(
                "It paid twenty-five million euros, hired three hundred people and a billion dollars.", null);
        assertThat(found).extracting(f -> f.amount().value().toPlainString()).containsExactly("25000000", "1000000000");
        assertThat(found.getFirst().amount().currency()).isEqualTo("EUR");
    }

    @Test
    void aDescriptionBeforeTheLeadInvestorIsNoParty() {
        ExtractedDeal d = only("Corvid Chips raised $300 million in a Series C round led by VC firms Harbor Peak "
                + "Ventures and Quill Growth.");
        assertThat(d.payer().name()).isEqualTo("Harbor Peak Ventures");
        assertThat(d.payee().name()).isEqualTo("Corvid Chips");
    }

    @Test
    void aOneWordStartupInAppositionPartnersWithTheCompanyAfterWith() {
        ExtractedDeal d = only("Farmlane, a smart-farm startup that began inside Halvern Chemical, plans to partner "
                + "with logistics company Dunmore Freight to grow berries in Korea.");
        assertThat(d.type()).isEqualTo(DealType.PARTNERSHIP);
        assertThat(d.payer().name()).isEqualTo("Farmlane");
        assertThat(d.payee().name()).isEqualTo("Dunmore Freight");
    }

    @Test
    void aPayerNamedLaterCountsAsTheDealsSecondParty() {
        List<String> features = DealFeatures.withPayer(
                List.of("payer=none", "payerKind=INVESTMENT/none", "parties=1"),
                "INVESTMENT",
                new Mention(0, 1, "Amazon", null, "Amazon", true, false),
                name -> "BIG_TECH");
        assertThat(features).containsExactly("payer=registry", "payerKind=INVESTMENT/big_tech", "parties=2");
    }
}
