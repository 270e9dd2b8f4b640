package org.pactwatch.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pactwatch.ingest.DocumentKind;
import org.pactwatch.ingest.SampleCorpus;
import org.pactwatch.ingest.SampleSite;
import org.pactwatch.ingest.fetch.TextDecoder;
import org.pactwatch.ingest.parse.FeedParser.FeedEntry;

/** Feeds, pages and files, well-formed and hostile. */
class ParsersTest {

    private static final SampleCorpus CORPUS = SampleCorpus.load();

    @Test
    void readsRssAndAtomFeedsOfTheCorpus() throws Exception {
        SampleSite site = new SampleSite(CORPUS);
        try (site) {
            List<DocumentDraft> articles = CORPUS.news().subList(0, 5);
            List<FeedEntry> rss = FeedParser.parse(site.rss(articles).getBytes(StandardCharsets.UTF_8), null);
            List<FeedEntry> atom = FeedParser.parse(site.atom(articles).getBytes(StandardCharsets.UTF_8), null);
            assertThat(rss).hasSize(5);
            assertThat(atom).hasSize(5);
            assertThat(rss.getFirst().title()).isEqualTo(articles.getFirst().title());
            assertThat(rss.getFirst().published()).isEqualTo(articles.getFirst().published());
            assertThat(atom.get(2).link()).isEqualTo(site.articleUrl(articles.get(2)));
        }
    }

    @Test
    void refusesXxeInAFeed() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <rss version="2.0"><channel><title>&secret;</title><item><title>&secret;</title>
                <link>http://example.com/a</link></item></channel></rss>""";
        assertThatThrownBy(() -> FeedParser.parse(xxe.getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOf(ParseException.class)
                .hasMessageContaining("DOCTYPE")
                .hasMessageNotContaining("root:");
    }

    @Test
    void refusesEntityExpansionBombs() {
        String laughs = """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
                <urlset><url><loc>&lol2;</loc></url></urlset>""";
        assertThatThrownBy(() -> SitemapParser.parse(laughs.getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOf(ParseException.class);
    }

    @Test
    void reportsMalformedXml() {
        assertThatThrownBy(() -> FeedParser.parse("<rss><channel><item></channel>".getBytes(), null))
                .isInstanceOf(ParseException.class)
                .hasMessageContaining("malformed XML");
        assertThatThrownBy(() -> FeedParser.parse("<html><body>not a feed</body></html>".getBytes(), null))
                .isInstanceOf(ParseException.class);
    }

    @Test
    void readsAFeedWhoseDeclaredEncodingIsWrong() throws Exception {
        String feed = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Wire</title>"
                + "<item><title>Soci\u00e9t\u00e9 G\u00e9n\u00e9rale invests</title><link>http://example.com/sg</link>"
                + "</item></channel></rss>";
        List<FeedEntry> entries = FeedParser.parse(feed.getBytes(StandardCharsets.ISO_8859_1), null);
        assertThat(entries.getFirst().title()).isEqualTo("Société Générale invests");
    }

    @Test
    void extractsTheArticleAndDropsBoilerplate() throws Exception {
        DocumentDraft sample = CORPUS.news().get(3);
        DocumentDraft page = ArticleExtractor.extract(SampleSite.articleHtml(sample), "http://127.0.0.1:1/news/x.html");
        assertThat(page.title()).isEqualTo(sample.title());
        assertThat(page.canonicalUrl()).isEqualTo(sample.url());
        assertThat(page.byline()).isEqualTo(sample.byline());
        assertThat(page.published()).isEqualTo(sample.published());
        assertThat(page.publisher()).isEqualTo(sample.publisher());
        assertThat(page.language()).isEqualTo("en");
        assertThat(page.text())
                .contains(sample.text()
                        .lines()
                        .filter(l -> !l.isBlank())
                        .findFirst()
                        .orElseThrow())
                .doesNotContain("ADVERTISEMENT", "Subscribe", "cookies", "Copyright", "Related stories", "Share this");
        assertThat(page.text().replaceAll("\\s+", " ")).isEqualTo(sample.text().replaceAll("\\s+", " "));
    }

    @Test
    void extractsTextFromMalformedHtml() throws Exception {
        String broken = "<html><head><title>Broken</title><body><div><p>Microsoft agreed to invest $10 billion in"
                + " OpenAI<p>The deal <b>was <i>announced</b> in January</div></span></table>";
        DocumentDraft page = ArticleExtractor.extract(broken, "http://example.com/broken");
        assertThat(page.title()).isEqualTo("Broken");
        assertThat(page.text()).contains("Microsoft agreed to invest $10 billion in OpenAI", "announced in January");
    }

    @Test
    void decodesMissingWrongAndBogusEncodings() {
        byte[] latin1 = "<html><body><p>Nestl\u00e9 and Soci\u00e9t\u00e9</p></body></html>"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(TextDecoder.decodeHtml(latin1, null)).contains("Nestlé and Société");
        assertThat(TextDecoder.decodeHtml(latin1, StandardCharsets.UTF_8)).contains("Nestlé and Société");
        assertThat(TextDecoder.charset("x-bogus-charset")).isNull();
        byte[] metaDeclared = "<html><head><meta charset=\"iso-8859-1\"></head><body>Caf\u00e9</body></html>"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(TextDecoder.decodeHtml(metaDeclared, null)).contains("Café");
        byte[] bom = new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, 'o', 'k'};
        assertThat(TextDecoder.decode(bom, StandardCharsets.ISO_8859_1)).isEqualTo("ok");
    }

    @Test
    void readsPdfAndDocxFiles() throws Exception {
        DocumentDraft pdf = FileTextExtractor.extract(
                "pact.pdf",
                null,
                Documents.pdf("Nvidia will supply chips to Oracle.", "Closing expected in 2026."),
                "file:///x.pdf");
        assertThat(pdf.text()).contains("Nvidia will supply chips to Oracle.", "Closing expected in 2026.");
        assertThat(pdf.title()).isEqualTo("pact");
        DocumentDraft docx = FileTextExtractor.extract(
                "memo.docx",
                null,
                Documents.docx("Google invests in Anthropic.", "Second paragraph."),
                "file:///m.docx");
        assertThat(docx.text()).contains("Google invests in Anthropic.", "Second paragraph.");
    }

    @Test
    void stopsADocxZipBomb() throws Exception {
        byte[] bomb = Bombs.docx(200);
        assertThat(bomb.length).isLessThan(2 * 1024 * 1024);
        long start = System.nanoTime();
        assertThatThrownBy(() -> FileTextExtractor.extract("bomb.docx", null, bomb, "file:///bomb.docx"))
                .isInstanceOf(ParseException.class)
                .hasMessageContaining("bomb");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void stopsAPdfBomb() throws Exception {
        byte[] bomb = Bombs.pdf(200);
        assertThat(bomb.length).isLessThan(2 * 1024 * 1024);
        long start = System.nanoTime();
        assertThatThrownBy(() -> FileTextExtractor.extract("bomb.pdf", null, bomb, "file:///bomb.pdf"))
                .isInstanceOf(ParseException.class)
                .hasMessageContaining("bomb");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void readsCorpusFilesWithTheirHeaders() throws Exception {
        DocumentDraft filing = CORPUS.filings().getFirst();
        assertThat(filing.kind()).isEqualTo(DocumentKind.FILING);
        assertThat(filing.filing().form()).isNotBlank();
        assertThat(filing.filing().accession()).matches("\\d{10}-\\d{2}-\\d{6}");
        String text = "Title: A pact\nPublished: 2024-05-06\nURL: https://example.com/pact\nKind: NEWS\n\nBody text.";
        DocumentDraft draft = FileTextExtractor.extract("a.txt", null, text.getBytes(), "file:///a.txt");
        assertThat(draft.title()).isEqualTo("A pact");
        assertThat(draft.published()).isEqualTo(LocalDate.of(2024, 5, 6));
        assertThat(draft.url()).isEqualTo("https://example.com/pact");
        assertThat(draft.text()).isEqualTo("Body text.");
        assertThat(CORPUS.news().size()).isGreaterThanOrEqualTo(100);
    }
}
