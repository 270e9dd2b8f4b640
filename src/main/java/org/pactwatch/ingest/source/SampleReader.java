package org.pactwatch.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.pactwatch.ingest.Source;
import org.pactwatch.ingest.SourceKind;
import org.pactwatch.ingest.fetch.TextDecoder;
import org.pactwatch.ingest.parse.SampleFile;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/** The bundled corpus (data/sample/news and data/sample/filings, on the classpath under pactwatch-data/sample), no network. */
@Component
public class SampleReader implements SourceReader {

    public static final String PATTERN = "classpath*:pactwatch-data/sample/*/*.txt";

    @Override
    public Set<SourceKind> kinds() {
        return Set.of(SourceKind.SAMPLE);
    }

    /** The corpus files in a stable order. */
    public static List<Resource> corpus() throws IOException {
        return Arrays.stream(new PathMatchingResourcePatternResolver().getResources(PATTERN))
                .sorted(Comparator.comparing(r -> String.valueOf(r.getFilename())))
                .toList();
    }

    @Override
    public String read(Source source, ItemSink sink) throws SourceException {
        List<Resource> files;
        try {
            files = corpus();
        } catch (IOException e) {
            throw new SourceException("cannot list the sample corpus: " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new SourceException("the sample corpus is not on the classpath (data/sample)");
        }
        sink.expect(files.size());
        for (Resource file : files) {
            String name = "sample:" + file.getFilename();
            boolean go = sink.offer(Item.news(null, () -> {
                try (InputStream in = file.getInputStream()) {
                    return SampleFile.parse(TextDecoder.decode(in.readAllBytes(), null), name);
                }
            }));
            if (!go) {
                return null;
            }
        }
        return null;
    }
}
