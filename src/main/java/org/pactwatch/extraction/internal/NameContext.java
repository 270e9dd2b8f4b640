package org.pactwatch.extraction.internal;

import org.pactwatch.company.CompanyRegistry;
import org.pactwatch.company.CompanyRegistry.Company;

/** The document as written and the company registry: what the mention finders name spans with. */
record NameContext(String original, CompanyRegistry registry) {

    String spanText(Sentence s, int start, int end) {
        return original.substring(s.tok(start).begin(), s.tok(end - 1).end());
    }

    String parentOf(String name) {
        return registry.ultimateParent(name).map(Company::name).orElse(null);
    }
}
