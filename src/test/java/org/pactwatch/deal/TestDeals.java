package org.pactwatch.deal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.pactwatch.extraction.ExtractedDeal;
import org.pactwatch.extraction.ExtractedDeal.Amount;
import org.pactwatch.extraction.ExtractedDeal.DealStatus;
import org.pactwatch.extraction.ExtractedDeal.DealType;
import org.pactwatch.extraction.ExtractedDeal.Party;
import org.pactwatch.extraction.ExtractedDeal.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Builds documents (by SQL, as ingest would store them) and extracted deals for tests. */
public final class TestDeals {

    private TestDeals() {}

    public static long insertDocument(JdbcClient jdbc, String title, String text, LocalDate published) {
        return insertDocument(jdbc, "NEWS", title, text, published);
    }

    /** A document of the given kind (NEWS, FILING, …). */
    public static long insertDocument(JdbcClient jdbc, String kind, String title, String text, LocalDate published) {
        String unique = UUID.randomUUID().toString();
        return jdbc.sql("""
                        insert into document(kind, url, canonical_url, title, publisher, published_date, text, sha256)
                        values (:kind, :url, :url, :title, 'Test Wire', :published, :text, :sha)
                        returning id
                        """)
                .param("kind", kind)
                .param("url", "https://news.test/" + unique)
                .param("title", title)
                .param("published", published)
                .param("text", text)
                .param("sha", sha(unique))
                .query(Long.class)
                .single();
    }

    private static String sha(String seed) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(seed.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Amount usd(String text, long value) {
        BigDecimal v = BigDecimal.valueOf(value);
        return new Amount(text, "USD", v, null, null, Qualifier.EXACT, v);
    }

    public static ExtractedDeal deal(
            DealType type, DealStatus status, String payer, String payee, Amount amount, LocalDate date, String text) {
        return new ExtractedDeal(
                type,
                status,
                payer == null ? null : new Party(payer, payer, null),
                payee == null ? null : new Party(payee, payee, null),
                amount,
                null,
                date,
                0.9,
                List.of(new ExtractedDeal.Evidence(text, 0, text.length())),
                List.of(),
                false,
                List.of());
    }

    public static ExtractedDeal cumulative(ExtractedDeal deal) {
        return new ExtractedDeal(
                deal.type(),
                deal.status(),
                deal.payer(),
                deal.payee(),
                deal.amount(),
                deal.termMonths(),
                deal.date(),
                deal.confidence(),
                deal.evidence(),
                deal.terms(),
                true,
                deal.tranches());
    }
}
