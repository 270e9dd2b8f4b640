package org.pactwatch.extraction.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pactwatch.extraction.ExtractedDeal;
import org.pactwatch.extraction.ExtractedDeal.DealType;
import org.pactwatch.extraction.ExtractionRequest;
import org.pactwatch.extraction.ExtractionResult;

/**
 * Parties that are companies, named as the companies are named: sentences written for these tests, one per
 * construction that real news uses for companies outside the registry.
 */
class CompanyNameRulesTest {

    private static List<ExtractedDeal> deals(String text) {
        var result = RulesOnly.EXTRACTOR.extract(new ExtractionRequest("t", text, LocalDate.of(2025, 3, 4), null));
        assertThat(result.error()).isNull();
        return result.deals();
    }

    private static String summary(ExtractedDeal d) {
        return d.type() + " " + (d.payer() == null ? null : d.payer().name()) + " -> "
                + d.payee().name();
    }

    @Test
    void theAndBetweenTwoListedNamesTaggedAsOneOrganizationIsNoCompany() {
        for (String text : List.of(
                "OpenAI has been in talks to sell existing shares held by employees to venture firms including"
                        + " Thrive Capital and Founders Fund at a similar valuation.",
                "Amazon Web Services and Hugging Face said on Tuesday that they are expanding their long-term"
                        + " strategic partnership.")) {
            var result = RulesOnly.EXTRACTOR.extract(new ExtractionRequest("t", text, LocalDate.of(2023, 2, 21), null));
            assertThat(result.companies())
                    .extracting(ExtractionResult.CompanyCount::name)
                    .as(text)
                    .hasSizeGreaterThanOrEqualTo(2)
                    .noneMatch(name -> name.equalsIgnoreCase("and"));
            assertThat(result.deals())
                    .flatExtracting(d -> java.util.Arrays.asList(d.payer(), d.payee()))
                    .filteredOn(java.util.Objects::nonNull)
                    .extracting(ExtractedDeal.Party::name)
                    .noneMatch(name -> name.equalsIgnoreCase("and"));
        }
    }

    @Test
    void aNameAfterADescribingNounIsACompany() {
        assertThat(deals("Norwegian fertilizer group Vantora said it agreed to buy Dutch coatings firm Kelderman for"
                        + " 2.1 billion euros."))
                .extracting(CompanyNameRulesTest::summary)
                .containsExactly("ACQUISITION Vantora -> Kelderman");
    }

    @Test
    void aDescriptionDoesNotHideTheLeadInvestor() {
        List<ExtractedDeal> found = deals("Halvern, a robotics start-up, raised $300 million in a round led by"
                + " venture capital firm Ostrander.");
        assertThat(found).extracting(CompanyNameRulesTest::summary).contains("INVESTMENT Ostrander -> Halvern");
    }

    @Test
    void aGroupsUnitKeepsItsWholeNameAndItsParent() {
        List<ExtractedDeal> found =
                deals("Samsung Heavy Industries agreed to buy Brintec Marine for $400 million, the companies said.");
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.payer().name()).isEqualTo("Samsung Heavy Industries");
            assertThat(d.payer().parent()).isNotNull();
            assertThat(d.payee().name()).isEqualTo("Brintec Marine");
        });
    }

    @Test
    void initialsAndFirstWordsMeanTheCompanyNamedInFullEarlier() {
        String text = "Corvane Motor and Pellham Energy Solutions signed a battery supply agreement on Monday.\n\n"
                + "PES will supply Corvane with 20 gigawatt-hours of battery modules a year.";
        assertThat(deals(text))
                .extracting(CompanyNameRulesTest::summary)
                .containsExactly("SUPPLY Corvane Motor -> Pellham Energy Solutions");
    }

    @Test
    void anAbbreviationAfterPlainWordsIsNoCompanyAndADatelineNamesTheSource() {
        List<ExtractedDeal> found = deals("HOUSTON (Gulfwire News) - Ravenna Power signed a 20-year power purchase"
                + " agreement (PPA) with Tamsin Data to supply its data centers.");
        assertThat(found).isNotEmpty().allSatisfy(d -> {
            assertThat(d.payer() == null ? "" : d.payer().name()).isNotIn("PPA", "Gulfwire News");
            assertThat(d.payee().name()).isNotIn("PPA", "Gulfwire News");
        });
    }

    @Test
    void aTitleIsNoPartOfACompanysName() {
        List<ExtractedDeal> found = deals(
                "Corvane Motor executive chair Elin Marsh said Corvane Motor will" + " partner with Pellham Energy.");
        assertThat(found).allSatisfy(d -> assertThat(d.payer().name()).doesNotContain("Chair", "chair"));
    }

    @Test
    void aStakeInACompanyBoughtFromItsOwnerIsAStakeInTheCompany() {
        assertThat(deals("In 2021, Brenmoor Capital acquired a 65% stake in Ostrava Retail from Halden Stores."))
                .extracting(d ->
                        d.type() + " " + d.payer().name() + " -> " + d.payee().name())
                .containsExactly(DealType.ACQUISITION + " Brenmoor Capital -> Ostrava Retail");
    }

    @Test
    void buyingAnOwnersCompanyBuysTheCompany() {
        assertThat(deals("Australia's Orlen Packaging agreed to buy Carlyle's France-based Verrane for $1.4 billion."))
                .extracting(CompanyNameRulesTest::summary)
                .containsExactly("ACQUISITION Orlen Packaging -> Verrane");
    }

    @Test
    void legalFormsAndLineBreaksLeaveTheName() {
        assertThat(deals("Kestrel Paper Ltd said it will fully acquire Manora Packaging Solutions Pvt Ltd for Rs 90"
                        + " crore."))
                .extracting(CompanyNameRulesTest::summary)
                .containsExactly("ACQUISITION Kestrel Paper -> Manora Packaging Solutions");
    }

    @Test
    void theNameATakeoverIsOfIsACompanyWhateverTheNerCallsIt() {
        assertThat(deals("Chemicals maker Ashland completed its $2.6 billion acquisition of Hercules on Friday."))
                .extracting(CompanyNameRulesTest::summary)
                .containsExactly("ACQUISITION Ashland -> Hercules");
    }

    @Test
    void aNameOpeningTheSentenceInAppositionIsACompanyAndStaysOneLater() {
        List<ExtractedDeal> found = deals("Quarry, a regional grocery operator, said it will acquire supermarket"
                + " chain Seiyu.\n\nQuarry plans to buy all of Seiyu's shares for ¥380 billion.");
        assertThat(found).extracting(CompanyNameRulesTest::summary).containsExactly("ACQUISITION Quarry -> Seiyu");
        assertThat(found.getFirst().amount().text()).isEqualTo("¥380 billion");
    }

    @Test
    void aConversionOfSalesIsNoDealPrice() {
        List<ExtractedDeal> found =
                deals("Discount retailer Kuromaru agreed to acquire supermarket chain Seiyu.\n\nWith the acquisition,"
                        + " its annual sales are expected to reach about ¥1.2 trillion ($8 billion).");
        assertThat(found).singleElement().satisfies(d -> assertThat(d.amount()).isNull());
    }

    @Test
    void aDealToBuyBelongsToTheClauseSubjectNotTheCompanyNamedLast() {
        assertThat(deals("Copper miner Freeport-McMoRan is set to overtake BHP Billiton as a producer with a deal to"
                        + " buy Phelps Dodge for $25.9bn."))
                .extracting(CompanyNameRulesTest::summary)
                .containsExactly("ACQUISITION Freeport-McMoRan -> Phelps Dodge");
    }

    @Test
    void aVentureFirmRaisingAFundMakesNoDeal() {
        assertThat(deals("Andreessen Horowitz announced plans to raise $20 billion for what would become its largest"
                        + " venture fund, backed by SoftBank."))
                .isEmpty();
    }

    @Test
    void whatACombinedCompanyIsWorthIsNoPrice() {
        List<ExtractedDeal> found = deals("Shale producer Devon Energy said it would buy peer WPX Energy in an"
                + " all-stock deal that would create a combined company worth around $12 billion.");
        assertThat(found)
                .extracting(CompanyNameRulesTest::summary)
                .containsExactly("ACQUISITION Devon Energy -> WPX Energy");
        assertThat(found.getFirst().amount()).isNull();
    }
}
