package org.pactwatch.company;

/** One line of a company list. */
public record CompanySummary(long id, String name, String kind, boolean verified, String parentName, String ticker) {}
