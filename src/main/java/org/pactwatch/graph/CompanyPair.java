package org.pactwatch.graph;

/** Two companies whose relationship is compared, e.g. Amazon and OpenAI. */
public record CompanyPair(long firstId, long secondId) {

    /** Parses "12-34" (as in URLs and query parameters). */
    public static CompanyPair parse(String text) {
        String[] parts = text.split("-");
        if (parts.length != 2) {
            throw new IllegalArgumentException("A pair is two company ids joined by '-', e.g. 12-34: " + text);
        }
        return new CompanyPair(Long.parseLong(parts[0].trim()), Long.parseLong(parts[1].trim()));
    }

    @Override
    public String toString() {
        return firstId + "-" + secondId;
    }
}
