package org.pactwatch.ingest.source;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.pactwatch.ingest.DocumentKind;
import org.pactwatch.ingest.Source;
import org.pactwatch.ingest.SourceKind;
import org.pactwatch.ingest.fetch.FetchException;
import org.pactwatch.ingest.fetch.FetchOptions;
import org.pactwatch.ingest.fetch.FetchResult;
import org.pactwatch.ingest.fetch.Fetcher;
import org.pactwatch.ingest.parse.FilingInfo;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * EDGAR full-text search: every hit names a document ({@code accession:file}) of a filing; the documents of the
 * configured forms and their exhibits are read like {@link EdgarReader}'s.
 */
@Component
class EdgarSearchReader implements SourceReader {

    private final Fetcher fetcher;
    private final FilingLoader filings;
    private final EdgarProperties edgar;
    private final JsonMapper json;
    private final IngestProperties properties;

    EdgarSearchReader(
            Fetcher fetcher,
            FilingLoader filings,
            EdgarProperties edgar,
            JsonMapper json,
            IngestProperties properties) {
        this.fetcher = fetcher;
        this.filings = filings;
        this.edgar = edgar;
        this.json = json;
        this.properties = properties;
    }

    @Override
    public Set<SourceKind> kinds() {
        return Set.of(SourceKind.EDGAR_SEARCH);
    }

    @Override
    public String read(Source source, ItemSink sink) throws SourceException {
        EdgarProperties edgar = this.edgar.forBase(source.url());
        String url = edgar.search() + "?q=" + URLEncoder.encode(source.query(), StandardCharsets.UTF_8) + "&forms="
                + URLEncoder.encode(String.join(",", edgar.forms()), StandardCharsets.UTF_8);
        JsonNode hits;
        try {
            FetchResult result = fetcher.get(URI.create(url), FetchOptions.of(FetchOptions.JSON));
            hits = json.readTree(result.body()).path("hits").path("hits");
        } catch (FetchException e) {
            throw new SourceException(e.getMessage(), e);
        } catch (JacksonException e) {
            throw new SourceException("EDGAR full-text search answered with invalid JSON", e);
        }
        List<Item> items = new ArrayList<>();
        for (JsonNode hit : hits) {
            if (items.size() >= properties.maxItemsPerRun()) {
                break;
            }
            String id = hit.path("_id").asString("");
            JsonNode doc = hit.path("_source");
            int colon = id.indexOf(':');
            String accession = doc.path("adsh").asString(colon > 0 ? id.substring(0, colon) : "");
            String file = colon > 0 ? id.substring(colon + 1) : "";
            String cik = doc.path("ciks").path(0).asString("");
            if (accession.isBlank() || file.isBlank() || !cik.matches("\\d{1,10}")) {
                sink.problem(id, "search hit without accession, file or CIK");
                continue;
            }
            String cikNumber = String.valueOf(Long.parseLong(cik));
            String form = doc.path("form").asString(doc.path("root_form").asString(""));
            String company = doc.path("display_names")
                    .path(0)
                    .asString("")
                    .replaceFirst("\\s*\\(.*$", "")
                    .strip();
            FilingInfo info = new FilingInfo(
                    form,
                    cikNumber,
                    company.isEmpty() ? null : company,
                    accession,
                    date(doc.path("file_date").asString(null)));
            String type = doc.path("file_type").asString(form);
            String title = (info.company() == null ? "CIK " + cikNumber : info.company()) + " " + form
                    + (type.equals(form) ? "" : " " + type)
                    + (info.filed() == null ? "" : " (" + info.filed() + ")");
            String docUrl = edgar.archives() + "/Archives/edgar/data/" + cikNumber + "/" + accession.replace("-", "")
                    + "/" + file;
            items.add(new Item(docUrl, DocumentKind.FILING, title, info, () -> filings.load(docUrl, title, info)));
        }
        sink.offerAll(items);
        return null;
    }

    private static LocalDate date(String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
