package org.pactwatch.deal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pactwatch.IntegrationTest;
import org.pactwatch.company.CompanyService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The grid's party-name sorts read sort keys kept on each deal (V32): they follow inserts, party changes,
 * company renames and company merges, and a page without a count lists exactly what {@link DealQueries#find} does.
 */
class DealGridSortTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DealQueries deals;

    @Autowired
    CompanyService companies;

    @Autowired
    SecurityContextHolderStrategy contexts;

    String suffix;
    long anchor;
    long alpha;
    long mid;
    long zeta;
    DealFilter ofAnchor;

    @BeforeEach
    void dealsWithOnePayeeAndPayersOfDifferentNames() {
        suffix = UUID.randomUUID().toString().substring(0, 8);
        anchor = companies.resolve("Anchor Holdings " + suffix, null, null);
        alpha = companies.resolve("alpha Robotics " + suffix, null, null);
        mid = companies.resolve("Mid Systems " + suffix, null, null);
        zeta = companies.resolve("Zeta Compute " + suffix, null, null);
        insertDeal(zeta, anchor);
        insertDeal(alpha, anchor);
        insertDeal(mid, anchor);
        insertDeal(null, anchor);
        insertDeal(alpha, anchor);
        ofAnchor = DealFilter.all().withCompany(anchor);
    }

    @Test
    void payerSortIsCaseInsensitiveWithUnresolvedPartiesFirstAndIdsBreakingTies() {
        List<DealSummary> ascending = deals.page(ofAnchor, new DealSort(DealSort.Field.PAYER, true), 0, 50);

        assertThat(ascending).extracting(DealSummary::payerId).containsExactly(null, alpha, alpha, mid, zeta);
        assertThat(ascending.get(1).id()).isLessThan(ascending.get(2).id());
        List<DealSummary> descending = deals.page(ofAnchor, new DealSort(DealSort.Field.PAYER, false), 0, 50);
        assertThat(descending).extracting(DealSummary::id).containsExactlyElementsOf(reversedIds(ascending));
    }

    @Test
    void aPageListsWhatFindListsAndTheCountIsFindsTotal() {
        DealSort byPayee = new DealSort(DealSort.Field.PAYEE, true);
        DealPage<DealSummary> found = deals.find(ofAnchor, byPayee, 1, 3);

        assertThat(deals.page(ofAnchor, byPayee, 1, 3)).isEqualTo(found.items());
        assertThat(found.total()).isEqualTo(5).isEqualTo(deals.count(ofAnchor));
        assertThat(deals.page(ofAnchor.withDates(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1)), byPayee, 0, 3))
                .isEmpty();
    }

    @Test
    void sortKeysFollowRenamesPartyChangesAndMerges() {
        jdbc.sql("update company set name = :name where id = :id")
                .param("name", "Aardvark Compute " + suffix)
                .param("id", zeta)
                .update();
        assertThat(payerOrder()).containsExactly(null, zeta, alpha, alpha, mid);

        jdbc.sql("update deal set payer_id = :mid where payer_id is null and payee_id = :anchor")
                .param("mid", mid)
                .param("anchor", anchor)
                .update();
        assertThat(payerOrder()).containsExactly(zeta, alpha, alpha, mid, mid);

        asAnalyst();
        try {
            companies.merge(alpha, mid, "analyst");
        } finally {
            contexts.clearContext();
        }
        assertThat(payerOrder()).containsExactly(zeta, mid, mid, mid, mid);
        assertThat(jdbc.sql("select count(*) from deal where payee_id = :anchor and payer_sort <> lower(:name)")
                        .param("anchor", anchor)
                        .param("name", "Mid Systems " + suffix)
                        .query(Long.class)
                        .single())
                .isEqualTo(1); // only the Aardvark deal
    }

    private List<Long> payerOrder() {
        return deals.page(ofAnchor, new DealSort(DealSort.Field.PAYER, true), 0, 50).stream()
                .map(DealSummary::payerId)
                .toList();
    }

    private static List<Long> reversedIds(List<DealSummary> page) {
        return page.reversed().stream().map(DealSummary::id).toList();
    }

    private void insertDeal(Long payer, long payee) {
        jdbc.sql("""
                insert into deal(type, status, payer_id, payee_id, confidence)
                values ('INVESTMENT', 'ANNOUNCED', :payer, :payee, 0.8)
                """).param("payer", payer).param("payee", payee).update();
    }

    private void asAnalyst() {
        var context = contexts.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(
                "analyst", "n/a", AuthorityUtils.createAuthorityList("ROLE_ANALYST")));
        contexts.setContext(context);
    }
}
