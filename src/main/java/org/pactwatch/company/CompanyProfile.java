package org.pactwatch.company;

import java.util.List;

/**
 * Everything the analyst sees about one company: identifiers, aliases, the direct and ultimate parent,
 * direct subsidiaries, and — when it was merged by hand — the company it now lives on as.
 */
public record CompanyProfile(
        long id,
        String name,
        String kind,
        boolean verified,
        String ticker,
        String cik,
        String wikidata,
        String country,
        String description,
        CompanyRef parent,
        CompanyRef ultimateParent,
        List<Alias> aliases,
        List<CompanyRef> subsidiaries,
        CompanyRef mergedInto) {

    /** A name the company is known by; kind PRODUCT names a product it makes. */
    public record Alias(long id, String alias, String kind) {}
}
