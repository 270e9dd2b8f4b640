package org.pactwatch.report;

import javax.sql.DataSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * Loads report/tieup-fixture.sql once per test JVM (all integration tests share one database):
 * Amazon/AWS ↔ Anthropic tranches, an AWS commitment with Trainium2 chips and capacity, primary
 * provider and board-seat terms, a rejected and a merged deal, Google ↔ Anthropic and Microsoft ↔ OpenAI.
 */
public final class TieUpFixture {

    static final String AMAZON_ANNOUNCEMENT = "https://www.aboutamazon.com/news/company-news/amazon-aws-anthropic-ai";
    static final String REUTERS =
            "https://www.reuters.com/technology/amazon-invests-additional-4-billion-anthropic-2024-11-22/";

    private static boolean loaded;

    private TieUpFixture() {}

    public static synchronized void load(DataSource dataSource) {
        if (!loaded) {
            new ResourceDatabasePopulator(new ClassPathResource("report/tieup-fixture.sql")).execute(dataSource);
            loaded = true;
        }
    }
}
