package org.pactwatch.company;

/** A company named by id and canonical name. */
public record CompanyRef(long id, String name) {}
