package org.pactwatch.ingest;

/**
 * What a user sends to create or change a source. FEED, WEB and SITEMAP need {@code url}; EDGAR needs
 * {@code cik}; EDGAR_SEARCH needs {@code query}; FOLDER needs {@code path}. For EDGAR and EDGAR_SEARCH an
 * optional {@code url} names another EDGAR base URL (a mirror) than the configured one. {@code schedule} is a cron
 * expression (5 or 6 fields, or a macro such as {@code @hourly}) or null.
 */
public record SourceRequest(
        SourceKind kind,
        String url,
        String cik,
        String path,
        String query,
        String name,
        String schedule,
        Boolean enabled) {

    /** A request for a source of this kind at a location: URL, CIK, folder path or EDGAR query as the kind needs. */
    public static SourceRequest of(SourceKind kind, String location) {
        return switch (kind) {
            case EDGAR -> new SourceRequest(kind, null, location, null, null, null, null, null);
            case EDGAR_SEARCH -> new SourceRequest(kind, null, null, null, location, null, null, null);
            case FOLDER -> new SourceRequest(kind, null, null, location, null, null, null, null);
            default -> new SourceRequest(kind, location, null, null, null, null, null, null);
        };
    }
}
