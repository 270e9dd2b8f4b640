package org.pactwatch.extraction;

import java.time.LocalDate;
import java.util.List;

/** What the extractor found in one document, in the shape of the {@code extract} contract. */
public record ExtractionResult(
        String id, LocalDate published, String error, List<CompanyCount> companies, List<ExtractedDeal> deals) {

    /** A company named in the text and how often. */
    public record CompanyCount(String name, int mentions) {}

    /** A result with no deals and this error, for a document that could not be extracted. */
    public static ExtractionResult failed(ExtractionRequest request, String error) {
        return new ExtractionResult(request.id(), request.published(), error, List.of(), List.of());
    }
}
