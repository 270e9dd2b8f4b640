package org.pactwatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pactwatch.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@WithMockUser(username = "regina", roles = "REGULATOR")
class ExportFormatsTest extends IntegrationTest {

    private static final ExportScope AMAZON_ANTHROPIC = new ExportScope(List.of("Amazon", "Anthropic"), null, null);

    @Autowired
    ExportService exports;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void fixture() {
        TieUpFixture.load(dataSource);
    }

    @Test
    void pdfReadsBackWithPartiesAmountsAndCitations() throws Exception {
        byte[] pdf = render(AMAZON_ANTHROPIC, ExportFormat.PDF);
        String sha = sha256Of(TieUpFixture.AMAZON_ANNOUNCEMENT);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(4);
            assertThat(document.getDocumentInformation().getCreationDate().toInstant())
                    .isEqualTo(TieUpSummaryTest.GENERATED);
            String text = new PDFTextStripper().getText(document);
            String flat = text.replaceAll("\\s+", " ");
            assertThat(flat)
                    .contains("Tie-up summary")
                    .contains("Relationships between Amazon, Anthropic")
                    .contains("Generated: 2026-11-26 06:00:00 UTC")
                    .contains("Amazon – Anthropic")
                    .contains("Timeline")
                    .contains("up to $4 billion")
                    .contains("$1.25 billion")
                    .contains("Amazon Web Services (Amazon)")
                    .contains("Trainium2")
                    .contains("Primary provider")
                    .contains("UNREVIEWED")
                    .contains("Circular flows")
                    .contains("Amazon will invest up to $4 billion in Anthropic")
                    .contains("Appendix: sources")
                    .contains(sha)
                    .doesNotContain("$97 billion");
            // URLs may wrap across lines in the PDF; their characters stay in order
            assertThat(text.replaceAll("\\s+", "")).contains(TieUpFixture.AMAZON_ANNOUNCEMENT);
        }
    }

    @Test
    void xlsxHasOneSheetPerKindOfFactWithTypedCells() throws Exception {
        byte[] xlsx = render(AMAZON_ANTHROPIC, ExportFormat.XLSX);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names)
                    .containsExactly("Summary", "Deals", "Tranches", "Terms", "Evidence", "Context", "Sources");

            List<List<String>> deals = cells(workbook.getSheet("Deals"));
            List<String> header = deals.getFirst();
            List<String> upTo4 = deals.stream()
                    .filter(row -> row.contains("up to $4 billion"))
                    .findFirst()
                    .orElseThrow();
            assertThat(upTo4.get(header.indexOf("Payer"))).isEqualTo("Amazon");
            assertThat(upTo4.get(header.indexOf("Payee"))).isEqualTo("Anthropic");
            assertThat(upTo4.get(header.indexOf("Instrument"))).isEqualTo("convertible notes");
            assertThat(upTo4.get(header.indexOf("Date"))).isEqualTo("2023-09-25");
            assertThat(upTo4.get(header.indexOf("SHA-256"))).isEqualTo(sha256Of(TieUpFixture.AMAZON_ANNOUNCEMENT));
            Row numeric = workbook.getSheet("Deals").getRow(deals.indexOf(upTo4));
            assertThat(numeric.getCell(header.indexOf("USD")).getNumericCellValue())
                    .isEqualTo(4.0e9);

            assertThat(cells(workbook.getSheet("Tranches")).stream().flatMap(List::stream))
                    .contains("$1.25 billion", "$2.75 billion");
            assertThat(cells(workbook.getSheet("Terms")).stream().flatMap(List::stream))
                    .contains("PRIMARY_PROVIDER", "Trainium2", "no board seat");
            assertThat(cells(workbook.getSheet("Sources")).stream().flatMap(List::stream))
                    .contains(TieUpFixture.AMAZON_ANNOUNCEMENT, TieUpFixture.REUTERS);
            assertThat(cells(workbook.getSheet("Context")).stream().flatMap(List::stream))
                    .contains("Circular flow");
        }
    }

    @Test
    void jsonValidatesAgainstThePublishedSchema() {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(exports.jsonSchema(), InputFormat.JSON);
        for (ExportScope scope : List.of(AMAZON_ANTHROPIC, new ExportScope(List.of("Anthropic"), null, null))) {
            String json = new String(render(scope, ExportFormat.JSON), StandardCharsets.UTF_8);
            List<Error> errors = schema.validate(json, InputFormat.JSON);
            assertThat(errors).as(json).isEmpty();
            assertThat(json).contains("\"ultimateParent\" : \"Amazon\"", "\"sha256\"", "Trainium2");
        }

        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode broken = (ObjectNode) mapper.readTree(render(AMAZON_ANTHROPIC, ExportFormat.JSON));
        ((ObjectNode) broken.get("relationships").get(0)).remove("investments");
        assertThat(schema.validate(broken))
                .as("the schema requires every field")
                .isNotEmpty();
    }

    @Test
    void theSchemaCopyInDocsMatchesTheServedOne() throws Exception {
        assertThat(java.nio.file.Files.readString(
                        java.nio.file.Path.of("docs", "schemas", "tieup-summary.schema.json")))
                .isEqualTo(exports.jsonSchema());
    }

    @Test
    void csvHasARowPerFieldWithItsCitation() throws Exception {
        List<CSVRecord> records = csvRecords(AMAZON_ANTHROPIC);
        CSVRecord chips = records.stream()
                .filter(r ->
                        r.get("field").equals("term:CHIPS") && r.get("value").equals("Trainium2"))
                .findFirst()
                .orElseThrow();
        assertThat(chips.get("url")).isEqualTo(TieUpFixture.REUTERS);
        assertThat(chips.get("sha256")).isEqualTo(sha256Of(TieUpFixture.REUTERS));
        assertThat(chips.get("sentence")).contains("Trainium2 chips in Project Rainier");
        assertThat(chips.get("review_state")).isEqualTo("UNREVIEWED");
        assertThat(records).anySatisfy(r -> assertThat(r.get("field")).isEqualTo("circular_flow"));
        assertThat(records).allSatisfy(r -> assertThat(r.get("relationship")).isEqualTo("Amazon – Anthropic"));
    }

    @Test
    void thePairedDealsAreInEveryFormat() throws Exception {
        String pair = "Anthropic committed about $4 billion to Amazon Web Services";
        List<CSVRecord> records = csvRecords(AMAZON_ANTHROPIC);
        assertThat(records)
                .filteredOn(r -> r.get("field").equals("paired_deals"))
                .singleElement()
                .satisfies(r -> assertThat(r.get("value")).contains(pair).endsWith("1× the investment"));

        try (PDDocument document = Loader.loadPDF(render(AMAZON_ANTHROPIC, ExportFormat.PDF))) {
            String flat = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(flat)
                    .contains("Paired deals (investment and commitment back)")
                    .contains(pair);
        }

        try (XSSFWorkbook workbook =
                new XSSFWorkbook(new ByteArrayInputStream(render(AMAZON_ANTHROPIC, ExportFormat.XLSX)))) {
            assertThat(cells(workbook.getSheet("Context")))
                    .anySatisfy(row -> assertThat(row).contains("Paired deals", "Amazon", "Anthropic"))
                    .anySatisfy(row -> assertThat(String.join(" ", row)).contains(pair));
        }

        JsonMapper mapper = JsonMapper.builder().build();
        tools.jackson.databind.JsonNode json = mapper.readTree(render(AMAZON_ANTHROPIC, ExportFormat.JSON));
        assertThat(json.path("schemaVersion").asString()).isEqualTo("1.1");
        tools.jackson.databind.JsonNode paired =
                json.path("relationships").get(0).path("pairedDeals").get(0);
        assertThat(paired.path("ratio").decimalValue()).isEqualByComparingTo("1");
        assertThat(paired.path("description").asString()).contains(pair);
    }

    @Test
    void sameDataAndGenerationTimeGiveIdenticalBytes() {
        for (ExportFormat format : ExportFormat.values()) {
            byte[] first = render(AMAZON_ANTHROPIC, format);
            byte[] second = render(AMAZON_ANTHROPIC, format);
            assertThat(second).as(format.name()).isEqualTo(first);
        }
        TieUpSummary later = exports.summarize(AMAZON_ANTHROPIC, TieUpSummaryTest.GENERATED.plusSeconds(60));
        assertThat(exports.render(later, ExportFormat.PDF)).isNotEqualTo(render(AMAZON_ANTHROPIC, ExportFormat.PDF));
    }

    private byte[] render(ExportScope scope, ExportFormat format) {
        return exports.render(exports.summarize(scope, TieUpSummaryTest.GENERATED), format);
    }

    private String sha256Of(String url) {
        return jdbc.sql("select sha256 from document where canonical_url = :url")
                .param("url", url)
                .query(String.class)
                .single();
    }

    private List<CSVRecord> csvRecords(ExportScope scope) throws java.io.IOException {
        String csv = new String(render(scope, ExportFormat.CSV), StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv))
                .getRecords();
        return records;
    }

    private static List<List<String>> cells(Sheet sheet) {
        DataFormatter formatter = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> values = new ArrayList<>();
            for (int i = 0; i < row.getLastCellNum(); i++) {
                values.add(row.getCell(i) == null ? "" : formatter.formatCellValue(row.getCell(i)));
            }
            rows.add(values);
        }
        return rows;
    }
}
