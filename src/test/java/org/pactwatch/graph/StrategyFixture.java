package org.pactwatch.graph;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Deals between Big Tech, AI labs, a chip maker and a GPU cloud as the sample corpus tells them, written by
 * SQL as the deal pipeline would store them — plus a rejected deal and a merged duplicate that every view
 * must leave out. Seeded once per database; companies the registry already holds are reused.
 */
public final class StrategyFixture {

    private static StrategyFixture seeded;

    private final Map<String, Long> companies = new HashMap<>();
    private final Map<String, Long> deals = new HashMap<>();

    private StrategyFixture() {}

    public static synchronized StrategyFixture seed(JdbcClient jdbc) {
        if (seeded == null) {
            StrategyFixture fixture = new StrategyFixture();
            fixture.insert(jdbc);
            seeded = fixture;
        }
        return seeded;
    }

    public long company(String name) {
        return companies.get(name);
    }

    public long deal(String key) {
        return deals.get(key);
    }

    private void insert(JdbcClient jdbc) {
        company(jdbc, "Amazon", "BIG_TECH", null);
        company(jdbc, "Amazon Web Services", "CLOUD", "Amazon");
        company(jdbc, "OpenAI", "AI_LAB", null);
        company(jdbc, "Anthropic", "AI_LAB", null);
        company(jdbc, "Microsoft", "BIG_TECH", null);
        company(jdbc, "Microsoft Azure", "CLOUD", "Microsoft");
        company(jdbc, "Alphabet", "BIG_TECH", null);
        company(jdbc, "Google", "BIG_TECH", "Alphabet");
        company(jdbc, "Google Cloud", "CLOUD", "Google");
        company(jdbc, "Nvidia", "CHIP_MAKER", null);
        company(jdbc, "CoreWeave", "CLOUD", null);

        deal(jdbc, "amazon-anthropic-2023", "INVESTMENT", "Amazon", "Anthropic", "$4 billion", 4e9, null, "2023-09-25");
        deal(
                jdbc,
                "anthropic-aws-2023",
                "CLOUD_COMMITMENT",
                "Anthropic",
                "Amazon Web Services",
                null,
                null,
                null,
                "2023-09-25");
        deal(jdbc, "amazon-anthropic-2024", "INVESTMENT", "Amazon", "Anthropic", "$4 billion", 4e9, null, "2024-11-22");
        deal(jdbc, "amazon-openai-2026", "INVESTMENT", "Amazon", "OpenAI", "$50 billion", 50e9, null, "2026-02-10");
        deal(
                jdbc,
                "openai-aws-2026",
                "CLOUD_COMMITMENT",
                "OpenAI",
                "Amazon Web Services",
                "$100 billion",
                100e9,
                null,
                "2026-02-10");
        deal(
                jdbc,
                "amazon-anthropic-2026",
                "INVESTMENT",
                "Amazon",
                "Anthropic",
                "up to $25 billion",
                25e9,
                null,
                "2026-04-14");
        deal(
                jdbc,
                "anthropic-aws-2026",
                "CLOUD_COMMITMENT",
                "Anthropic",
                "Amazon Web Services",
                "more than $100 billion",
                100e9,
                120,
                "2026-04-14");
        deal(
                jdbc,
                "microsoft-openai-2023",
                "INVESTMENT",
                "Microsoft",
                "OpenAI",
                "$10 billion",
                10e9,
                null,
                "2023-01-23");
        deal(
                jdbc,
                "openai-azure-2025",
                "CLOUD_COMMITMENT",
                "OpenAI",
                "Microsoft Azure",
                "$250 billion",
                250e9,
                null,
                "2025-10-28");
        deal(
                jdbc,
                "microsoft-anthropic-2025",
                "INVESTMENT",
                "Microsoft",
                "Anthropic",
                "up to $5 billion",
                5e9,
                null,
                "2025-11-18");
        deal(
                jdbc,
                "anthropic-azure-2025",
                "CLOUD_COMMITMENT",
                "Anthropic",
                "Microsoft Azure",
                "$30 billion",
                30e9,
                null,
                "2025-11-18");
        deal(jdbc, "google-anthropic-2023", "INVESTMENT", "Google", "Anthropic", "$2 billion", 2e9, null, "2023-10-27");
        deal(
                jdbc,
                "anthropic-gcloud-2025",
                "CLOUD_COMMITMENT",
                "Anthropic",
                "Google Cloud",
                "tens of billions of dollars",
                null,
                null,
                "2025-10-23");
        deal(
                jdbc,
                "nvidia-openai-2025",
                "INVESTMENT",
                "Nvidia",
                "OpenAI",
                "up to $100 billion",
                100e9,
                null,
                "2025-09-22");
        deal(
                jdbc,
                "openai-coreweave-2025",
                "CLOUD_COMMITMENT",
                "OpenAI",
                "CoreWeave",
                "$22.4 billion",
                22.4e9,
                null,
                "2025-09-25");
        deal(jdbc, "coreweave-nvidia-2025", "SUPPLY", "CoreWeave", "Nvidia", "$10 billion", 10e9, null, "2025-06-02");

        // What no view may show: a deal an analyst rejected, and a duplicate merged into another deal.
        long rejected = deal(
                jdbc, "rejected-openai-nvidia", "SUPPLY", "OpenAI", "Nvidia", "$99 billion", 99e9, null, "2026-03-02");
        jdbc.sql("update deal set review_state = 'REJECTED' where id = :id")
                .param("id", rejected)
                .update();
        long duplicate = deal(
                jdbc,
                "duplicate-amazon-openai",
                "INVESTMENT",
                "Amazon",
                "OpenAI",
                "$50 billion",
                50e9,
                null,
                "2026-02-11");
        jdbc.sql("update deal set merged_into_id = :target where id = :id")
                .param("target", deal("amazon-openai-2026"))
                .param("id", duplicate)
                .update();

        term(jdbc, "anthropic-aws-2023", "PRIMARY_PROVIDER", "AWS is Anthropic's primary cloud provider");
        term(jdbc, "anthropic-aws-2026", "PRIMARY_PROVIDER", "AWS remains Anthropic's primary training partner");
        source(jdbc, "anthropic-aws-2026", "Anthropic commits more than $100 billion to AWS", "2026-04-14");
        source(jdbc, "anthropic-aws-2026", "Amazon deepens Anthropic tie-up", "2026-04-15");
        source(jdbc, "amazon-anthropic-2026", "Amazon deepens Anthropic tie-up", "2026-04-15");
    }

    private void company(JdbcClient jdbc, String name, String kind, String parent) {
        Long id = jdbc.sql("select id from company where lower(name) = lower(:name) and merged_into_id is null")
                .param("name", name)
                .query(Long.class)
                .optional()
                .orElseGet(() -> jdbc.sql("""
                                insert into company(name, normalized_name, kind) values (:name, :key, :kind)
                                returning id
                                """)
                        .param("name", name)
                        .param("key", name.toLowerCase(java.util.Locale.ROOT))
                        .param("kind", kind)
                        .query(Long.class)
                        .single());
        if (parent != null) {
            jdbc.sql("update company set parent_id = :parent where id = :id and parent_id is null")
                    .param("parent", companies.get(parent))
                    .param("id", id)
                    .update();
        }
        companies.put(name, id);
    }

    private long deal(
            JdbcClient jdbc,
            String key,
            String type,
            String payer,
            String payee,
            String amountText,
            Double usd,
            Integer termMonths,
            String date) {
        long id = jdbc.sql("""
                        insert into deal(type, status, payer_id, payee_id, payer_mention, payee_mention, amount_text,
                                         currency, amount_value, amount_usd, term_months, deal_date, confidence,
                                         review_state)
                        values (:type, 'ANNOUNCED', :payer, :payee, :payerName, :payeeName, :text, 'USD', :usd, :usd,
                                :term, :date, 0.9, 'CONFIRMED')
                        returning id
                        """)
                .param("type", type)
                .param("payer", companies.get(payer))
                .param("payee", companies.get(payee))
                .param("payerName", payer)
                .param("payeeName", payee)
                .param("text", amountText)
                .param("usd", usd == null ? null : java.math.BigDecimal.valueOf(usd))
                .param("term", termMonths)
                .param("date", LocalDate.parse(date))
                .query(Long.class)
                .single();
        deals.put(key, id);
        return id;
    }

    private void term(JdbcClient jdbc, String deal, String kind, String value) {
        jdbc.sql("insert into deal_term(deal_id, kind, value) values (:deal, :kind, :value)")
                .param("deal", deal(deal))
                .param("kind", kind)
                .param("value", value)
                .update();
    }

    private void source(JdbcClient jdbc, String deal, String title, String published) {
        long document = jdbc.sql("select id from document where title = :title")
                .param("title", title)
                .query(Long.class)
                .optional()
                .orElseGet(() -> jdbc.sql("""
                                insert into document(kind, url, canonical_url, title, publisher, published_date, text)
                                values ('NEWS', :url, :url, :title, 'Test Wire', :published, :title) returning id
                                """)
                        .param("url", "https://news.test/" + title.hashCode())
                        .param("title", title)
                        .param("published", LocalDate.parse(published))
                        .query(Long.class)
                        .single());
        jdbc.sql("""
                        insert into evidence(deal_id, document_id, sentence, begin_offset, end_offset)
                        values (:deal, :document, :sentence, 0, :end)
                        """)
                .param("deal", deal(deal))
                .param("document", document)
                .param("sentence", title)
                .param("end", title.length())
                .update();
    }
}
