package org.pactwatch.company.internal;

import java.util.Locale;
import java.util.Set;
import org.pactwatch.company.CompanyRegistry;
import org.pactwatch.company.CompanyService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Copies the curated registry into the database on every start. Idempotent: rows are matched by normalized
 * name, empty fields are filled, analysts' edits (aliases added, companies merged) are kept, and a company
 * that extraction created before the registry knew it becomes verified.
 */
@Component
@Order(0)
class CompanyRegistrySeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CompanyRegistrySeeder.class);
    private static final Set<String> KINDS =
            Set.of("BIG_TECH", "AI_LAB", "CHIP_MAKER", "CLOUD", "INVESTOR", "TELECOM", "INDUSTRIAL", "ENERGY", "OTHER");

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    CompanyRegistrySeeder(JdbcClient jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        seed(CompanyRegistry.loadDefault());
    }

    void seed(CompanyRegistry registry) {
        tx.executeWithoutResult(status -> {
            var companies =
                    registry.companies().stream().filter(c -> !c.isProduct()).toList();
            for (CompanyRegistry.Company c : companies) {
                jdbc.sql("""
                        insert into company(name, normalized_name, kind, ticker, sec_cik, wikidata_id, country, verified)
                        values (:name, :key, :kind, :ticker, :cik, :wikidata, :country, true)
                        on conflict (normalized_name) do update set
                            kind = case when company.kind = 'OTHER' then excluded.kind else company.kind end,
                            ticker = coalesce(company.ticker, excluded.ticker),
                            sec_cik = coalesce(company.sec_cik, excluded.sec_cik),
                            wikidata_id = coalesce(company.wikidata_id, excluded.wikidata_id),
                            country = coalesce(company.country, excluded.country),
                            verified = true
                        """)
                        .param("name", c.name())
                        .param("key", CompanyService.normalize(c.name()))
                        .param("kind", kind(c.kind()))
                        .param("ticker", c.ticker())
                        .param("cik", c.cik())
                        .param("wikidata", c.wikidata())
                        .param("country", c.country())
                        .update();
            }
            for (CompanyRegistry.Company c : companies) {
                if (c.parent() != null) {
                    jdbc.sql("""
                            update company set parent_id = (select id from company where normalized_name = :parent)
                             where normalized_name = :key and parent_id is null and merged_into_id is null
                               and normalized_name <> :parent
                            """)
                            .param("key", CompanyService.normalize(c.name()))
                            .param("parent", CompanyService.normalize(c.parent()))
                            .update();
                }
                c.aliases().forEach(alias -> addAlias(c.name(), alias, "ALIAS"));
                c.products().forEach(product -> addAlias(c.name(), product, "PRODUCT"));
            }
            log.info("Company registry: {} companies in the database", companies.size());
        });
    }

    private void addAlias(String companyName, String alias, String kind) {
        String key = CompanyService.normalize(alias);
        if (key.isEmpty()) {
            return;
        }
        // an alias that is another company's own name would make lookups ambiguous
        jdbc.sql("""
                insert into company_alias(company_id, alias, normalized_alias, kind)
                select coalesce(c.merged_into_id, c.id), :alias, :key, :kind from company c
                 where c.normalized_name = :company
                   and not exists (select 1 from company o where o.normalized_name = :key and o.id <> c.id)
                on conflict (normalized_alias) do nothing
                """)
                .param("alias", alias)
                .param("key", key)
                .param("kind", kind)
                .param("company", CompanyService.normalize(companyName))
                .update();
    }

    private static String kind(String kind) {
        String k = kind == null ? "" : kind.strip().toUpperCase(Locale.ROOT);
        return KINDS.contains(k) ? k : "OTHER";
    }
}
