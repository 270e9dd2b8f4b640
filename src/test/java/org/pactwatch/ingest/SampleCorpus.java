package org.pactwatch.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
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

    /** The last path segment of a sample URL, used as the page name on the test site. */
    public static String slug(DocumentDraft draft) {
        String url = draft.url();
        String last = url.substring(url.lastIndexOf('/') + 1);
        return last.replaceAll("\\.[a-z]+$", "");
    }
}
