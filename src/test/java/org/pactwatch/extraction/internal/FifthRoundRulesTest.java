package org.pactwatch.extraction.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pactwatch.extraction.internal.RulesOnly.only;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pactwatch.company.CompanyRegistry;
import org.pactwatch.extraction.DealScorer;
import org.pactwatch.extraction.ExtractedDeal;
import org.pactwatch.extraction.ExtractedDeal.DealType;
import org.pactwatch.extraction.ExtractedDeal.Party;
import org.pactwatch.extraction.FxRates;
import org.pactwatch.extraction.GoldSet.GoldDeal;
import org.pactwatch.extraction.GoldSet.GoldDoc;

/**
 * The kinds of error the fifth real-text round fixed, each in a text written for this test: a round's lead named
 * sentences after the round, a filing's merger agreement read from its defined terms (the registrant is the company
 * bought), a legal form alone is no company, and a unit matches its parent when scored.
 */
class FifthRoundRulesTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2025, 3, 3);

    @Test
    void aRoundsLeadNamedSentencesLaterIsItsInvestor() {
        ExtractedDeal d = only("Lumen Robotics raised $40 million in its Series B round of financing. "
                + "The company makes warehouse arms. It plans to hire more engineers in Lyon. "
                + "This round of financing was led by Harbor Peak Ventures.");
        assertThat(d.type()).isEqualTo(DealType.INVESTMENT);
        assertThat(d.payer().name()).isEqualTo("Harbor Peak Ventures");
        assertThat(d.payee().name()).isEqualTo("Lumen Robotics");
        assertThat(d.amount().value()).isEqualByComparingTo(new BigDecimal("40000000"));
    }

    @Test
    void aLeadAfterSpearheadedByTheIsAName() {
        ExtractedDeal d = only("Lumen Robotics closed a funding round, raising $40 million. "
                + "The funding was spearheaded by the Quill Growth Fund.");
        assertThat(d.payer().name()).isEqualTo("Quill Growth Fund");
    }

    @Test
    void theRegistrantMergedWithMergerSubIsBoughtByTheSponsorBehindParent() {
        List<ExtractedDeal> deals = RulesOnly.deals(
                "On May 2, 2025, the Company entered into an Agreement and Plan of Merger (the “Merger Agreement”) "
                        + "with Falcon Topco, LLC (“Parent”) and Falcon Merger Sub, Inc. (“Merger Sub”), providing "
                        + "for the Company’s acquisition in an all cash transaction valued at $2.1 billion. "
                        + "Merger Sub will merge with and into the Company, with the Company surviving the Merger as "
                        + "a wholly owned subsidiary of Parent. Parent and Merger Sub are affiliates of Cobalt Ridge "
                        + "Capital Fund IV, L.P. (“Cobalt Ridge”), a private equity fund.",
                "Northwind Analytics");
        assertThat(deals).hasSize(1);
        ExtractedDeal d = deals.getFirst();
        assertThat(d.type()).isEqualTo(DealType.ACQUISITION);
        assertThat(d.payer().name()).isEqualTo("Cobalt Ridge Capital");
        assertThat(d.payee().name()).isEqualTo("Northwind Analytics");
        assertThat(d.amount().value()).isEqualByComparingTo(new BigDecimal("2100000000"));
    }

    @Test
    void ourAcquisitionByAFirmNamesTheBuyer() {
        List<ExtractedDeal> deals = RulesOnly.deals(
                "On August 4, 2025, we entered into the Merger Agreement with Parent and Merger Sub providing for "
                        + "our acquisition by the private equity firm Bluegate Partners.",
                "Northwind Analytics");
        assertThat(deals).singleElement().satisfies(d -> {
            assertThat(d.type()).isEqualTo(DealType.ACQUISITION);
            assertThat(d.payer().name()).isEqualTo("Bluegate Partners");
            assertThat(d.payee().name()).isEqualTo("Northwind Analytics");
        });
    }

    @Test
    void aLegalFormAloneIsNoParty() {
        assertThat(RulesOnly.deals("Vireo Labs agreed to merge with Project Kite Parent, LLC, in a $90 million deal."))
                .allSatisfy(d -> {
                    assertThat(d.payer() == null ? null : d.payer().name()).isNotEqualTo("LLC");
                    assertThat(d.payee().name()).isNotEqualTo("LLC");
                });
    }

    @Test
    void aUnitTheRegistryLacksMatchesItsParentWhenScored() {
        DealScorer scorer = new DealScorer(CompanyRegistry.loadDefault(), FxRates.loadDefault());
        GoldDeal gold = new GoldDeal(
                "ACQUISITION", "ANNOUNCED", "Siemens", "Altair Engineering", null, null, false, false, false, null);
        GoldDoc doc = new GoldDoc("t", "", PUBLISHED, null, List.of(gold));
        ExtractedDeal unit = deal(new Party("Siemens Industry Software", "Siemens Industry Software Inc.", "Siemens"));
        ExtractedDeal stranger = deal(new Party("Siemens Industry Software", "Siemens Industry Software Inc.", null));
        assertThat(scorer.matches(gold, unit, doc)).isTrue();
        assertThat(scorer.matches(gold, stranger, doc)).isFalse();
    }

    private static ExtractedDeal deal(Party payer) {
        return new ExtractedDeal(
                DealType.ACQUISITION,
                ExtractedDeal.DealStatus.ANNOUNCED,
                payer,
                new Party("Altair Engineering", "the Company", null),
                null,
                null,
                null,
                0.8,
                List.of(),
                List.of(),
                false,
                List.of());
    }
}
