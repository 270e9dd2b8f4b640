package org.pactwatch.extraction.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.pactwatch.FullTier;
import org.pactwatch.extraction.DealExtractors;
import org.pactwatch.extraction.ExtractedDeal;
import org.pactwatch.extraction.ExtractionRequest;

/**
 * No deal in the sample corpus is dated after its document's publication unless its text schedules it. The whole
 * corpus through the scored pipeline takes most of a minute here, so it runs in the full tier.
 */
@FullTier
class SampleCorpusDatesFullTest {

    private record Dated(Path file, LocalDate published, ExtractedDeal deal) {}

    @Test
    void noSampleDealIsDatedAfterItsDocumentUnlessScheduled() throws IOException {
        List<Dated> deals = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("data/sample"))) {
            files.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(f -> deals.addAll(extract(f)));
        }
        assertThat(deals).hasSizeGreaterThan(100);
        assertThat(deals)
                .filteredOn(d -> d.deal().date() != null && d.deal().date().isAfter(d.published()))
                .filteredOn(d -> d.deal().evidence().stream()
                        .noneMatch(e -> Dates.SCHEDULED.matcher(e.text()).find()))
                .isEmpty();
    }

    private static List<Dated> extract(Path file) {
        try {
            String text = Files.readString(file);
            String published = header(text, "Published");
            String registrant = file.getParent().endsWith("filings") ? header(text, "Byline") : null;
            LocalDate date = LocalDate.parse(published);
            return DealExtractors.shared()
                    .extract(new ExtractionRequest(file.toString(), text, date, registrant))
                    .deals()
                    .stream()
                    .map(d -> new Dated(file, date, d))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A "Key: value" line of the sample files' header block. */
    private static String header(String text, String key) {
        return text.lines()
                .takeWhile(line -> !line.isBlank())
                .filter(line -> line.startsWith(key + ": "))
                .map(line -> line.substring(key.length() + 2).strip())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + key + " header"));
    }
}
