package org.pactwatch.ingest.fetch;

import java.util.Locale;
import java.util.Set;

/**
 * What a caller accepts: media types (empty = any; {@code "text/*"} matches a family, {@code "+xml"} any XML
 * suffix type), whether to send a conditional GET from the stored validators, and an optional smaller size limit.
 */
public record FetchOptions(Set<String> acceptedTypes, boolean conditional, long maxBytes) {

    public static final Set<String> HTML = Set.of("text/html", "application/xhtml+xml");
    public static final Set<String> XML = Set.of("+xml", "application/xml", "text/xml", "text/plain");
    public static final Set<String> JSON = Set.of("application/json", "text/json", "+json");
    public static final Set<String> DOCUMENT = Set.of(
            "text/*",
            "application/xhtml+xml",
            "application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/octet-stream");

    public static FetchOptions of(Set<String> acceptedTypes) {
        return new FetchOptions(acceptedTypes, false, 0);
    }

    public FetchOptions conditionalGet() {
        return new FetchOptions(acceptedTypes, true, maxBytes);
    }

    public FetchOptions limitedTo(long bytes) {
        return new FetchOptions(acceptedTypes, conditional, bytes);
    }

    boolean accepts(String mediaType) {
        if (acceptedTypes.isEmpty() || mediaType == null || mediaType.isBlank()) {
            return true;
        }
        String type = mediaType.toLowerCase(Locale.ROOT);
        for (String accepted : acceptedTypes) {
            if (accepted.equals(type)
                    || accepted.endsWith("/*") && type.startsWith(accepted.substring(0, accepted.length() - 1))
                    || accepted.startsWith("+") && type.endsWith(accepted)) {
                return true;
            }
        }
        return false;
    }
}
