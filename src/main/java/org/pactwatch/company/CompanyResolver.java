package org.pactwatch.company;

/** Turns a party as the extractor names it into a company id. */
public interface CompanyResolver {

    /**
     * The id of the company that {@code name} (the registry's canonical name) or {@code mention} (the words in
     * the text) denotes, following hand merges; creates an unverified company — under {@code parent} when one
     * is given — when neither is known. Null when both are blank.
     */
    Long resolve(String name, String mention, String parent);
}
