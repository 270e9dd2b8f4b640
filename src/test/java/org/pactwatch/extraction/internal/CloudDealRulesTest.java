package org.pactwatch.extraction.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pactwatch.extraction.ExtractedDeal;

/** Cloud and compute deals as real news words them; sentences written for these tests, one per construction. */
class CloudDealRulesTest {

    private static List<String> deals(String text) {
        var result = RulesOnly.EXTRACTOR.extract(new ExtractionRequest0(text).request());
        assertThat(result.error()).isNull();
        return result.deals().stream().map(CloudDealRulesTest::summary).toList();
    }

    private static String summary(ExtractedDeal d) {
        return d.type() + " " + (d.payer() == null ? null : d.payer().name()) + " -> "
                + d.payee().name() + " "
                + (d.amount() == null ? "-" : d.amount().text());
    }

    private record ExtractionRequest0(String text) {
        org.pactwatch.extraction.ExtractionRequest request() {
            return new org.pactwatch.extraction.ExtractionRequest("t", text, LocalDate.of(2025, 11, 3), null);
        }
    }

    @Test
    void aDealToRunSystemsOnACloudBuysThatCloud() {
        assertThat(deals("Anthropic has entered into a $12bn agreement with Amazon to run its next models on Amazon"
                        + " Web Services."))
                .singleElement()
                .satisfies(d -> assertThat(d)
                        .startsWith("CLOUD_COMMITMENT Anthropic -> Amazon")
                        .endsWith("$12bn"));
    }

    @Test
    void chipsHostedByACloudAreBoughtFromTheCloud() {
        assertThat(deals("Cohere agreed to pay $2 billion to use Nvidia processors hosted by Microsoft Azure."))
                .containsExactly("CLOUD_COMMITMENT Cohere -> Microsoft Azure $2 billion");
    }

    @Test
    void aTickerWrittenInCapitalsIsTheCompany() {
        assertThat(deals("MSFT signed a $3 billion deal to buy cloud capacity from Nebius."))
                .containsExactly("CLOUD_COMMITMENT Microsoft -> Nebius $3 billion");
    }

    @Test
    void aPlaceBasedDescriptionRefersBackToTheCompany() {
        String text = "Microsoft keeps adding capacity.\n\nOn Monday, the Redmond-based software giant signed a"
                + " $5 billion, five-year contract with Nebius to secure more AI cloud capacity.";
        assertThat(deals(text)).containsExactly("CLOUD_COMMITMENT Microsoft -> Nebius $5 billion");
    }

    @Test
    void aLabsContractWithACloudSellerIsACloudCommitment() {
        assertThat(deals("Recent deals include Nvidia's $20 billion investment in xAI and xAI's reported $60 billion"
                        + " contract with Oracle (ORCL)."))
                .containsExactlyInAnyOrder(
                        "INVESTMENT Nvidia -> xAI $20 billion", "CLOUD_COMMITMENT xAI -> Oracle $60 billion");
    }

    @Test
    void aSecondInvestorWithTheVerbLeftOutGetsItsOwnSum() {
        assertThat(deals("Under the deal, Nvidia will invest up to $8 billion and Microsoft up to $4 billion, with"
                        + " both backing Anthropic's next funding round."))
                .containsExactlyInAnyOrder(
                        "INVESTMENT Nvidia -> Anthropic up to $8 billion",
                        "INVESTMENT Microsoft -> Anthropic up to $4 billion");
    }

    @Test
    void theLeaderOfABuyoutBuysTheCompany() {
        assertThat(deals("Dell filed papers on Friday to take the company private in a buyout deal valued at $24"
                        + " billion led by investment firm Silver Lake."))
                .singleElement()
                .satisfies(d -> assertThat(d).startsWith("ACQUISITION Silver Lake -> Dell"));
    }

    @Test
    void aCommitmentFromACompanyToPurchaseMakesItTheCustomer() {
        assertThat(deals("The deal includes a long-term commitment from Anthropic to purchase $30 billion worth of"
                        + " cloud compute from Microsoft Azure."))
                .containsExactly("CLOUD_COMMITMENT Anthropic -> Microsoft Azure $30 billion");
    }

    @Test
    void hardwareBoughtFromAMakerIsSupplyAfterAFrontedClause() {
        assertThat(deals("To deliver the systems, IREN will acquire $5.8 billion worth of GPUs and related hardware"
                        + " from Dell Technologies."))
                .containsExactly("SUPPLY IREN -> Dell $5.8 billion");
    }
}
