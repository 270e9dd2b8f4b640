package org.pactwatch.search.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Generates a synthetic, reproducible corpus in the database for benchmarks: news-style documents and one deal
 * per document, with parties drawn from the company registry, a mention and an evidence sentence each. Built
 * with set-based SQL so 100,000 documents and deals take seconds, not an extraction run.
 */
public final class BenchmarkCorpus {

    private BenchmarkCorpus() {}

    /** Adds {@code count} documents and {@code count} deals; returns the number of documents now in the database. */
    public static long generate(JdbcClient jdbc, TransactionTemplate tx, int count) {
        return tx.execute(status -> generateInTransaction(jdbc, count));
    }

    private static long generateInTransaction(JdbcClient jdbc, int count) {
        jdbc.sql("""
                create temporary table bench_company on commit drop as
                select row_number() over (order by id) as n, id, name from company where merged_into_id is null
                """).update();
        jdbc.sql("""
                create temporary table bench_sentence(n int primary key, text text) on commit drop
                """).update();
        String[] sentences = {
            "%1$s will invest up to $%3$s billion in %2$s, the companies said on %4$s.",
            "%2$s agreed to buy cloud computing capacity from %1$s over the next seven years.",
            "The compute capacity deal makes %1$s the primary cloud provider for %2$s.",
            "%1$s has completed its acquisition of %2$s for about $%3$s billion in cash.",
            "People familiar with the matter said %1$s is in talks to back %2$s at a higher valuation.",
            "%2$s denied reports that it was exploring a sale to %1$s.",
            "Regulators in Brussels and Washington are reviewing the partnership between %1$s and %2$s.",
            "%1$s will supply GPUs, accelerators and networking chips to %2$s data centers.",
            "The minority stake comes with an observer seat on the board of %2$s.",
            "Analysts said the agreement ties %2$s more closely to the %1$s ecosystem.",
            "%2$s raised $%3$s billion in a funding round led by %1$s.",
            "Under the multi-year agreement %2$s commits to spend on %1$s infrastructure and training clusters.",
            "Shares of %1$s rose after the announcement, while %2$s declined to comment.",
            "The convertible notes can be exchanged for equity in %2$s at a later date.",
            "Energy supply for the new campus will come from nuclear and solar power purchase agreements.",
            "The strategic alliance covers research, chips and distribution of models built by %2$s."
        };
        for (int i = 0; i < sentences.length; i++) {
            jdbc.sql("insert into bench_sentence(n, text) values (:n, :text)")
                    .param("n", i)
                    .param("text", sentences[i])
                    .update();
        }
        long start = jdbc.sql("select coalesce(max(id), 0) from document")
                .query(Long.class)
                .single();
        jdbc.sql("""
                create temporary table bench_doc on commit drop as
                select g,
                       (select id from bench_company where n = 1 + (hashint4(g) & 2147483647) % (select count(*) from bench_company)) as payer,
                       (select id from bench_company where n = 1 + (hashint4(g * 7 + 3) & 2147483647) % (select count(*) from bench_company)) as payee,
                       date '2015-01-01' + ((hashint4(g * 13) & 2147483647) % 4300) as published,
                       round(exp(ln(1e7::float8) + ((hashint4(g * 31) & 2147483647) % 10000) / 10000.0 * (ln(5e10::float8) - ln(1e7::float8)))::numeric, 0) as usd
                  from generate_series(1, :count) g
                """).param("count", count).update();
        jdbc.sql("""
                insert into document(kind, url, canonical_url, title, publisher, published_date, text, sha256, status,
                                     extractor_version, updated_at)
                select case when b.g % 10 = 0 then 'FILING' else 'NEWS' end,
                       'https://bench.pactwatch.example/' || (:start + b.g),
                       'https://bench.pactwatch.example/' || (:start + b.g),
                       p.name || ' and ' || q.name || ': ' ||
                           (array['investment talks','cloud pact','chip supply','acquisition','partnership'])[1 + b.g % 5],
                       (array['Reuters','Bloomberg','The Verge','Financial Times','SEC EDGAR'])[1 + b.g % 5],
                       b.published,
                       (select string_agg(format(s.text, p.name, q.name, round(b.usd / 1e9, 1), b.published), ' ' order by k)
                          from generate_series(0, 7) k
                          join bench_sentence s on s.n = (hashint4(b.g * 17 + k) & 2147483647) % 16),
                       encode(sha256(('bench-' || (:start + b.g))::bytea), 'hex'),
                       'EXTRACTED', 'benchmark', now()
                  from bench_doc b
                  join company p on p.id = b.payer
                  join company q on q.id = b.payee
                """).param("start", start).update();
        jdbc.sql("""
                create temporary table bench_link on commit drop as
                select d.id as document_id, nextval(pg_get_serial_sequence('deal', 'id')) as deal_id, b.*,
                       left(d.text, position('.' in d.text)) as sentence
                  from bench_doc b
                  join document d on d.canonical_url = 'https://bench.pactwatch.example/' || (:start + b.g)
                """).param("start", start).update();
        jdbc.sql("""
                insert into deal(id, type, status, payer_id, payee_id, amount_text, currency, amount_value, qualifier,
                                 amount_usd, deal_date, last_mention_date, confidence, updated_at)
                select deal_id,
                       (array['INVESTMENT','CLOUD_COMMITMENT','ACQUISITION','SUPPLY','PARTNERSHIP'])[1 + g % 5],
                       (array['ANNOUNCED','COMPLETED','REPORTED_TALKS','ANNOUNCED','DENIED'])[1 + (g / 5) % 5],
                       payer, payee, '$' || round(usd / 1e9, 1) || ' billion', 'USD', usd, 'EXACT', usd,
                       published, published, 0.5 + (g % 50) / 100.0, now()
                  from bench_link
                """).update();
        jdbc.sql("""
                insert into deal_mention(deal_id, document_id, payload)
                select deal_id, document_id, '{"benchmark": true}'::jsonb from bench_link
                """).update();
        jdbc.sql("""
                insert into evidence(deal_id, document_id, sentence, begin_offset, end_offset)
                select deal_id, document_id, sentence, 0, length(sentence) from bench_link
                """).update();
        return jdbc.sql("select count(*) from document").query(Long.class).single();
    }
}
