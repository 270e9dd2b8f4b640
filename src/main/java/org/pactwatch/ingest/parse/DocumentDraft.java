package org.pactwatch.ingest.parse;

import java.time.LocalDate;
import org.pactwatch.ingest.DocumentKind;

/** A document as read from a source, before it is deduplicated and stored. */
public record DocumentDraft(
        String url,
        String canonicalUrl,
        String title,
        String byline,
        String publisher,
        LocalDate published,
        String contentType,
        String text,
        DocumentKind kind,
        String language,
        FilingInfo filing) {

    /** PostgreSQL text cannot hold U+0000: a NUL byte from any source is dropped before it reaches the store. */
    public DocumentDraft {
        url = withoutNul(url);
        canonicalUrl = withoutNul(canonicalUrl);
        title = withoutNul(title);
        byline = withoutNul(byline);
        publisher = withoutNul(publisher);
        text = withoutNul(text);
    }

    private static String withoutNul(String value) {
        return value == null || value.indexOf('\u0000') < 0 ? value : value.replace("\u0000", "");
    }

    public static DocumentDraft news(String url, String title, String text) {
        return new DocumentDraft(url, null, title, null, null, null, null, text, DocumentKind.NEWS, null, null);
    }

    public DocumentDraft withUrl(String newUrl) {
        return new DocumentDraft(
                newUrl, canonicalUrl, title, byline, publisher, published, contentType, text, kind, language, filing);
    }

    public DocumentDraft withCanonicalUrl(String newCanonical) {
        return new DocumentDraft(
                url, newCanonical, title, byline, publisher, published, contentType, text, kind, language, filing);
    }

    public DocumentDraft withTitle(String newTitle) {
        return new DocumentDraft(
                url, canonicalUrl, newTitle, byline, publisher, published, contentType, text, kind, language, filing);
    }

    public DocumentDraft withPublished(LocalDate date) {
        return new DocumentDraft(
                url, canonicalUrl, title, byline, publisher, date, contentType, text, kind, language, filing);
    }

    public DocumentDraft withPublisher(String name) {
        return new DocumentDraft(
                url, canonicalUrl, title, byline, name, published, contentType, text, kind, language, filing);
    }

    public DocumentDraft withContentType(String type) {
        return new DocumentDraft(
                url, canonicalUrl, title, byline, publisher, published, type, text, kind, language, filing);
    }

    public DocumentDraft asFiling(FilingInfo info) {
        return new DocumentDraft(
                url,
                canonicalUrl,
                title,
                byline,
                publisher,
                published != null ? published : info.filed(),
                contentType,
                text,
                DocumentKind.FILING,
                language,
                info);
    }
}
