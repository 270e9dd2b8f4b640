package org.pactwatch.ingest.parse;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.pactwatch.ingest.DocumentKind;

/**
 * The corpus format of {@code data/sample}: header lines {@code Key: value} (Title, Published, URL, Publisher,
 * Byline, Kind, and for filings Form, CIK, Company, Accession, Filed), a blank line, then the body.
 */
public final class SampleFile {

    private static final Pattern HEADER = Pattern.compile("^[A-Za-z][A-Za-z -]{0,30}:\\s.*");

    private SampleFile() {}

    /** True when the text starts with a {@code Title:} header, i.e. is in the corpus format. */
    public static boolean looksLikeSample(String text) {
        String start = text.stripLeading();
        return start.regionMatches(true, 0, "Title:", 0, 6);
    }

    public static DocumentDraft parse(String text, String fallbackUrl) throws ParseException {
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n').stripLeading();
        int split = normalized.indexOf("\n\n");
        String head = split < 0 ? normalized : normalized.substring(0, split);
        String body = split < 0 ? "" : normalized.substring(split + 2).strip();
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line : head.split("\n")) {
            if (!HEADER.matcher(line).matches()) {
                throw new ParseException("bad header line in sample document: " + line);
            }
            int colon = line.indexOf(':');
            headers.put(
                    line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                    line.substring(colon + 1).strip());
        }
        if (body.isEmpty()) {
            throw new ParseException("sample document has no body");
        }
        String url = headers.getOrDefault("url", fallbackUrl);
        LocalDate published = date(headers.get("published"));
        DocumentKind kind = "FILING".equalsIgnoreCase(headers.get("kind")) ? DocumentKind.FILING : DocumentKind.NEWS;
        DocumentDraft draft = new DocumentDraft(
                url,
                url,
                headers.get("title"),
                headers.get("byline"),
                headers.get("publisher"),
                published,
                "text/plain",
                body,
                DocumentKind.NEWS,
                "en",
                null);
        if (kind == DocumentKind.FILING) {
            LocalDate filed = date(headers.get("filed"));
            draft = draft.asFiling(new FilingInfo(
                    headers.get("form"),
                    headers.get("cik"),
                    headers.get("company"),
                    headers.get("accession"),
                    filed != null ? filed : published));
        }
        return draft;
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(
                    value.strip().substring(0, Math.min(10, value.strip().length())));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
