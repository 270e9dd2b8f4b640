package org.pactwatch.company.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pactwatch.IntegrationTest;
import org.pactwatch.company.CompanyProfile;
import org.pactwatch.company.CompanyRegistry;
import org.pactwatch.company.CompanyService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The registry is copied into the database on start, idempotently, with parents, aliases and products. */
class CompanyRegistrySeederTest extends IntegrationTest {

    @Autowired
    CompanyRegistrySeeder seeder;

    @Autowired
    CompanyService companies;

    @Autowired
    JdbcClient jdbc;

    @Test
    void registryCompaniesAreVerifiedWithIdentifiersParentsAndAliases() {
        CompanyProfile amazon = companies
                .profile(companies.findId("Amazon.com, Inc.").orElseThrow())
                .orElseThrow();
        assertThat(amazon.name()).isEqualTo("Amazon");
        assertThat(amazon.verified()).isTrue();
        assertThat(amazon.ticker()).isEqualTo("AMZN");
        assertThat(amazon.cik()).isEqualTo("1018724");
        assertThat(amazon.kind()).isEqualTo("BIG_TECH");
        assertThat(amazon.subsidiaries()).extracting(c -> c.name()).contains("Amazon Web Services");
        assertThat(amazon.aliases()).anySatisfy(a -> {
            assertThat(a.alias()).isEqualTo("Trainium");
            assertThat(a.kind()).isEqualTo("PRODUCT");
        });

        CompanyProfile aws =
                companies.profile(companies.findId("AWS").orElseThrow()).orElseThrow();
        assertThat(aws.parent().name()).isEqualTo("Amazon");
        assertThat(aws.ultimateParent().name()).isEqualTo("Amazon");
        assertThat(companies.findId("Trainium"))
                .as("a product is not a company")
                .isEmpty();
    }

    @Test
    void seedingAgainChangesNothing() {
        long companiesBefore = count("select count(*) from company where verified");
        long aliasesBefore = count("select count(*) from company_alias");
        seeder.seed(CompanyRegistry.loadDefault());
        assertThat(count("select count(*) from company where verified")).isEqualTo(companiesBefore);
        assertThat(count("select count(*) from company_alias")).isEqualTo(aliasesBefore);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
