package org.pactwatch.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pactwatch.ingest.fetch.TextDecoder;
import org.pactwatch.ingest.parse.DocumentDraft;
import org.pactwatch.ingest.parse.SampleFile;
import org.pactwatch.ingest.source.SampleReader;
import org.springframework.core.io.Resource;

/** The bundled sample corpus, parsed, for tests: news articles and filings. */
public record SampleCorpus(List<DocumentDraft> news, List<DocumentDraft> filings) {

    public static SampleCorpus load() {
        List<DocumentDraft> news = new ArrayList<>();
        List<DocumentDraft> filings = new ArrayList<>();
        try {
            for (Resource file : SampleReader.corpus()) {
                try (InputStream in = file.getInputStream()) {
                    DocumentDraft draft =
                            SampleFile.parse(TextDecoder.decode(in.readAllBytes(), null), file.getFilename());
                    (draft.kind() == DocumentKind.FILING ? filings : news).add(draft);
                }
            }
        } catch (IOException | org.pactwatch.ingest.parse.ParseException e) {
            throw new IllegalStateException("cannot read the sample corpus", e);
        }
        if (news.isEmpty() || filings.isEmpty()) {
            throw new IllegalStateException("the sample corpus is not on the test classpath");
        }
        return new SampleCorpus(List.copyOf(news), List.copyOf(filings));
    }

    public int size() {
        return news.size() + filings.size();
    }

    /** Between an article's URL and its edition's name in the URL of a syndicated copy. */
    public static final String EDITION_SEPARATOR = "--";

    /** The regional editions a syndicated article appears in. */
    private static final List<String> EDITIONS =
            List.of("Americas", "Europe", "Asia-Pacific", "Middle East and Africa", "Markets Weekend", "Evening");

    /**
     * The news articles as a wire service syndicates them: each in {@code editions} regional editions with their
     * own URL, title and edition notes around the unchanged report. Every copy is a document of its own (its URL and
     * text differ) that states the same deals as the original; article by article, editions next to each other.
     */
    public List<DocumentDraft> syndicated(int editions, int articles) {
        if (editions > EDITIONS.size()) {
            throw new IllegalArgumentException("at most " + EDITIONS.size() + " editions");
        }
        List<DocumentDraft> copies = new ArrayList<>();
        for (DocumentDraft article : news.subList(0, Math.min(articles, news.size()))) {
            for (String edition : EDITIONS.subList(0, editions)) {
                String slug = edition.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-");
                String text = "This report ran in the " + edition + " edition of the wire.\n\n" + article.text()
                        + "\n\nEditing by the " + edition + " desk. Corrections and clarifications appear on the"
                        + " standards page.";
                copies.add(new DocumentDraft(
                        article.url() + EDITION_SEPARATOR + slug,
                        null,
                        article.title() + " (" + edition + " edition)",
                        article.byline(),
                        article.publisher(),
                        article.published(),
                        article.contentType(),
                        text,
                        DocumentKind.NEWS,
                        article.language(),
                        null));
            }
        }
        return List.copyOf(copies);
    }

    /** The last path segment of a sample URL, used as the page name on the test site. */
    public static String slug(DocumentDraft draft) {
        String url = draft.url();
        String last = url.substring(url.lastIndexOf('/') + 1);
        return last.replaceAll("\\.[a-z]+$", "");
    }
}
