package org.pactwatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javax.imageio.ImageIO;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.pactwatch.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Writes the sample exports and page images under docs/exports (not part of the default test run):
 * {@code ./mvnw -o -Dtest=ExportSamples -Dsurefire.failIfNoSpecifiedTests=false test}.
 */
@WithMockUser(username = "samples", roles = "REGULATOR")
class ExportSamples extends IntegrationTest {

    @Autowired
    ExportService exports;

    @Autowired
    DataSource dataSource;

    @Test
    void writeSampleExportsAndPageImages() throws Exception {
        TieUpFixture.load(dataSource);
        Path dir = Path.of("docs", "exports");
        Files.createDirectories(dir);
        TieUpSummary summary = exports.summarize(
                new ExportScope(List.of("Amazon", "Anthropic"), null, null), Instant.parse("2026-11-26T06:00:00Z"));
        for (ExportFormat format : ExportFormat.values()) {
            Files.write(dir.resolve("sample-amazon-anthropic." + format.extension()), exports.render(summary, format));
        }
        byte[] pdf = Files.readAllBytes(dir.resolve("sample-amazon-anthropic.pdf"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, 80, ImageType.RGB);
                ImageIO.write(
                        image,
                        "png",
                        dir.resolve("sample-page-%d.png".formatted(page + 1)).toFile());
            }
            assertThat(document.getNumberOfPages()).isGreaterThan(3);
        }
        TieUpSummary anthropic = exports.summarize(
                new ExportScope(List.of("Anthropic"), null, null), Instant.parse("2026-11-26T06:00:00Z"));
        byte[] all = exports.render(anthropic, ExportFormat.PDF);
        Files.write(dir.resolve("sample-anthropic-all.pdf"), all);
        try (PDDocument document = Loader.loadPDF(all)) {
            BufferedImage summaryPage = new PDFRenderer(document).renderImageWithDPI(1, 80, ImageType.RGB);
            ImageIO.write(
                    summaryPage,
                    "png",
                    dir.resolve("sample-anthropic-all-page-2.png").toFile());
        }
    }
}
