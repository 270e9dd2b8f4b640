package org.pactwatch.ingest.parse;

import java.time.LocalDate;

/** What identifies a filing: form (8-K, EX-10.1 …), filer CIK and name, accession number, filing date. */
public record FilingInfo(String form, String cik, String company, String accession, LocalDate filed) {}
