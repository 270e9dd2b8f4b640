package org.pactwatch.extraction.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.pactwatch.extraction.ExtractedDeal;
import org.pactwatch.extraction.ExtractedDeal.DealType;
import org.pactwatch.extraction.ExtractionRequest;

/**
 * A deal's date is when it was announced, done or reported: never a term's end and never after publication
 * unless the text schedules it. Sentences written for these tests, one per construction.
 */
class DealDateTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2025, 9, 15);

    @Test
    void aTermThroughADateIsNotTheDealsDate() {
        assertThat(Dates.resolve("Nvidia will buy unused capacity through April 13, 2032.", PUBLISHED))
                .isEqualTo(PUBLISHED);
    }

    @Test
    void aDeadlineOrARangesEndIsNotTheDealsDate() {
        assertThat(Dates.resolve("The notes mature on June 30, 2031.", PUBLISHED))
                .isEqualTo(PUBLISHED);
        assertThat(Dates.resolve("Deliveries ran from 2025-01-02 to 2030-12-31.", PUBLISHED))
                .isEqualTo(LocalDate.of(2025, 1, 2));
        assertThat(Dates.resolve("The supply must start by March 1, 2024, the parties said.", PUBLISHED))
                .isEqualTo(PUBLISHED);
    }

    @Test
    void aStatedPastDateIsKeptEvenAfterATermEnd() {
        assertThat(Dates.resolve(
                        "On September 9, 2025, the companies signed a contract that runs until December 31, 2030.",
                        PUBLISHED))
                .isEqualTo(LocalDate.of(2025, 9, 9));
        assertThat(Dates.resolve("The contract, which runs through 2030, was signed on August 4, 2025.", PUBLISHED))
                .isEqualTo(LocalDate.of(2025, 8, 4));
    }

    @Test
    void aDateAfterPublicationFallsBackUnlessTheDealIsScheduled() {
        assertThat(Dates.resolve("Acme agreed on October 2, 2027 to buy Beta.", PUBLISHED))
                .isEqualTo(PUBLISHED);
        assertThat(Dates.resolve("The acquisition is expected to close on January 5, 2026.", PUBLISHED))
                .isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(Dates.resolve("The agreement will take effect on November 1, 2025.", PUBLISHED))
                .isEqualTo(LocalDate.of(2025, 11, 1));
    }

    @Test
    void aCapacityContractsDateIsItsFilingsNotTheTermsEnd() {
        String text = "Under the order form, Nvidia is obligated to purchase our residual unsold cloud computing"
                + " capacity through April 13, 2032, in a deal worth $6.3 billion.";
        var result = RulesOnly.EXTRACTOR.extract(new ExtractionRequest("f", text, PUBLISHED, "CoreWeave"));
        assertThat(result.deals()).singleElement().satisfies(deal -> {
            assertThat(deal.type()).isEqualTo(DealType.CLOUD_COMMITMENT);
            assertThat(deal.payer().name()).isEqualTo("Nvidia");
            assertThat(deal.payee().name()).isEqualTo("CoreWeave");
            assertThat(deal.date()).isEqualTo(PUBLISHED);
        });
    }

    @Test
    void buyingACompanysBusinessIsStillAnAcquisition() {
        var result = RulesOnly.EXTRACTOR.extract(new ExtractionRequest(
                "a", "Apple agreed to buy Intel's smartphone modem business for $1 billion.", PUBLISHED, null));
        assertThat(result.deals()).extracting(ExtractedDeal::type).containsExactly(DealType.ACQUISITION);
    }
}
