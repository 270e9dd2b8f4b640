package org.pactwatch.ingest.source;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.pactwatch.ingest.DocumentKind;
import org.pactwatch.ingest.Source;
import org.pactwatch.ingest.SourceKind;
import org.pactwatch.ingest.fetch.FetchException;
import org.pactwatch.ingest.fetch.FetchOptions;
import org.pactwatch.ingest.fetch.FetchResult;
import org.pactwatch.ingest.fetch.Fetcher;
import org.pactwatch.ingest.fetch.TextDecoder;
import org.pactwatch.ingest.parse.FilingInfo;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * SEC EDGAR by CIK: the submissions JSON lists recent filings; for each 8-K, 10-K, 10-Q or S-1 (newest first)
 * the filing index names the primary document and the EX-10 (material contracts) and EX-99 (press releases)
 * exhibits, each stored as a FILING document.
 */
@Component
class EdgarReader implements SourceReader {

    private final Fetcher fetcher;
    private final FilingLoader filings;
    private final EdgarProperties edgar;
    private final JsonMapper json;

    EdgarReader(Fetcher fetcher, FilingLoader filings, EdgarProperties edgar, JsonMapper json) {
        this.fetcher = fetcher;
        this.filings = filings;
        this.edgar = edgar;
        this.json = json;
    }

    @Override
    public Set<SourceKind> kinds() {
        return Set.of(SourceKind.EDGAR);
    }

    record Filing(String accession, String form, LocalDate filed, String primaryDocument, String description) {}

    @Override
    public String read(Source source, ItemSink sink) throws SourceException {
        EdgarProperties edgar = this.edgar.forBase(source.url());
        String cik = normalizeCik(source.cik());
        FetchResult submissions;
        JsonNode root;
        try {
            submissions = fetcher.get(
                    URI.create(edgar.submissions() + "/submissions/CIK" + cik + ".json"),
                    FetchOptions.of(FetchOptions.JSON).conditionalGet());
            if (submissions.notModified()) {
                return "no new filings since the last run";
            }
            root = json.readTree(submissions.body());
        } catch (FetchException e) {
            throw new SourceException(e.getMessage(), e);
        } catch (JacksonException e) {
            throw new SourceException("EDGAR submissions of CIK " + cik + " are not valid JSON", e);
        }
        String company = root.path("name").asString(null);
        List<Filing> wanted = recentFilings(root.path("filings").path("recent"), edgar);
        sink.expect(wanted.size());
        String cikNumber = String.valueOf(Long.parseLong(cik));
        for (Filing filing : wanted) {
            FilingInfo info = new FilingInfo(filing.form(), cikNumber, company, filing.accession(), filing.filed());
            String folder = edgar.archives() + "/Archives/edgar/data/" + cikNumber + "/"
                    + filing.accession().replace("-", "");
            List<Item> items = filingItems(folder, filing, info, sink);
            sink.expect(items.size() - 1);
            for (Item item : items) {
                if (!sink.offer(item)) {
                    return null;
                }
            }
        }
        fetcher.remember(submissions);
        return null;
    }

    private static List<Filing> recentFilings(JsonNode recent, EdgarProperties edgar) {
        JsonNode accessions = recent.path("accessionNumber");
        List<Filing> wanted = new ArrayList<>();
        for (int i = 0; i < accessions.size() && wanted.size() < edgar.maxFilings(); i++) {
            String form = recent.path("form").path(i).asString("");
            String baseForm = form.endsWith("/A") ? form.substring(0, form.length() - 2) : form;
            if (!edgar.forms().contains(baseForm)) {
                continue;
            }
            wanted.add(new Filing(
                    accessions.path(i).asString(),
                    form,
                    date(recent.path("filingDate").path(i).asString(null)),
                    recent.path("primaryDocument").path(i).asString(null),
                    recent.path("primaryDocDescription").path(i).asString(null)));
        }
        return wanted;
    }

    /** The primary document and the EX-10 / EX-99 exhibits named by the filing index. */
    private List<Item> filingItems(String folder, Filing filing, FilingInfo info, ItemSink sink) {
        List<Item> items = new ArrayList<>();
        String indexUrl = folder + "/" + filing.accession() + "-index.htm";
        try {
            FetchResult index = fetcher.get(URI.create(indexUrl), FetchOptions.of(FetchOptions.HTML));
            Document page = Jsoup.parse(TextDecoder.decodeHtml(index.body(), index.charset()), indexUrl);
            for (Element row : page.select("table.tableFile tr")) {
                var cells = row.select("td");
                if (cells.size() < 4) {
                    continue;
                }
                String type = cells.get(3).text().strip().toUpperCase(Locale.ROOT);
                Element link = cells.get(2).selectFirst("a[href]");
                if (link == null
                        || !(type.equals(filing.form()) || type.startsWith("EX-10") || type.startsWith("EX-99"))) {
                    continue;
                }
                String href = link.attr("abs:href").replace("/ix?doc=", "");
                String description = cells.get(1).text().strip();
                items.add(item(
                        href, title(info, type, description.isEmpty() ? filing.description() : description), info));
            }
        } catch (FetchException e) {
            sink.problem(indexUrl, e.getMessage());
        }
        if (items.isEmpty()
                && filing.primaryDocument() != null
                && !filing.primaryDocument().isBlank()) {
            items.add(item(
                    folder + "/" + filing.primaryDocument(), title(info, filing.form(), filing.description()), info));
        }
        return items;
    }

    private Item item(String url, String title, FilingInfo info) {
        return new Item(url, DocumentKind.FILING, title, info, () -> filings.load(url, title, info));
    }

    private static String title(FilingInfo info, String type, String description) {
        String company = info.company() == null ? "CIK " + info.cik() : info.company();
        String what = type.equals(info.form()) ? info.form() : info.form() + " " + type;
        return company + " " + what + (description == null || description.isBlank() ? "" : ": " + description)
                + (info.filed() == null ? "" : " (" + info.filed() + ")");
    }

    static String normalizeCik(String cik) {
        String digits = cik == null ? "" : cik.strip().replaceFirst("(?i)^CIK", "");
        if (!digits.matches("\\d{1,10}")) {
            throw new IllegalArgumentException("a CIK is 1 to 10 digits, not '" + cik + "'");
        }
        return "0".repeat(10 - digits.length()) + digits;
    }

    private static LocalDate date(String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
