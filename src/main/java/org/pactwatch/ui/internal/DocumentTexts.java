package org.pactwatch.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.pactwatch.deal.DealView;
import org.pactwatch.ingest.DocumentService;
import org.springframework.stereotype.Service;

/**
 * The part of a source document to show around a deal's evidence, with the evidence as ranges into it. Short
 * documents are shown whole; long filings are cut to a window around the evidence.
 */
@Service
public class DocumentTexts {

    static final int WHOLE_UP_TO = 20_000;
    static final int CONTEXT = 1_500;

    /** Text to show and the ranges (into that text) to mark. */
    public record Excerpt(String text, List<Range> ranges, boolean cutBefore, boolean cutAfter) {}

    public record Range(int begin, int end) {}

    private final DocumentService documents;

    DocumentTexts(DocumentService documents) {
        this.documents = documents;
    }

    /** Empty when the document is gone or has no text. */
    public Optional<Excerpt> excerpt(long documentId, List<DealView.Evidence> evidence) {
        String text;
        try {
            text = documents.get(documentId).text();
        } catch (NoSuchElementException e) {
            return Optional.empty();
        }
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        List<Range> ranges = new ArrayList<>();
        for (DealView.Evidence e : evidence) {
            locate(text, e).ifPresent(ranges::add);
        }
        return Optional.of(cut(text, ranges));
    }

    /** The stored offsets when they still point at the sentence, else where the sentence occurs now. */
    static Optional<Range> locate(String text, DealView.Evidence e) {
        if (e.begin() >= 0 && e.end() <= text.length() && e.begin() < e.end()) {
            String at = text.substring(e.begin(), e.end());
            if (e.text() == null || at.strip().equals(e.text().strip())) {
                return Optional.of(new Range(e.begin(), e.end()));
            }
        }
        if (e.text() != null && !e.text().isBlank()) {
            int found = text.indexOf(e.text().strip());
            if (found >= 0) {
                return Optional.of(new Range(found, found + e.text().strip().length()));
            }
        }
        return Optional.empty();
    }

    static Excerpt cut(String text, List<Range> ranges) {
        if (text.length() <= WHOLE_UP_TO || ranges.isEmpty()) {
            int end = Math.min(text.length(), WHOLE_UP_TO);
            return new Excerpt(
                    text.substring(0, end),
                    ranges.stream().filter(r -> r.end() <= end).toList(),
                    false,
                    end < text.length());
        }
        int first = ranges.stream().mapToInt(Range::begin).min().orElse(0);
        int last = ranges.stream().mapToInt(Range::end).max().orElse(0);
        int from = Math.max(0, first - CONTEXT);
        int to = Math.min(text.length(), Math.max(last, first) + CONTEXT);
        to = Math.min(to, from + 4 * WHOLE_UP_TO);
        int end = to;
        List<Range> shifted = ranges.stream()
                .filter(r -> r.begin() >= from && r.end() <= end)
                .map(r -> new Range(r.begin() - from, r.end() - from))
                .toList();
        return new Excerpt(text.substring(from, to), shifted, from > 0, to < text.length());
    }
}
