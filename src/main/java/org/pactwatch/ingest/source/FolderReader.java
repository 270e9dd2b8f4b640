package org.pactwatch.ingest.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.pactwatch.ingest.Source;
import org.pactwatch.ingest.SourceKind;
import org.pactwatch.ingest.fetch.FetchProperties;
import org.pactwatch.ingest.parse.FileTextExtractor;
import org.springframework.stereotype.Component;

/**
 * A watched folder: each run (by schedule or by hand) reads the .txt, .html, .pdf and .docx files below it.
 * A file already stored under its file: URL is skipped without reading it (one document per file).
 */
@Component
class FolderReader implements SourceReader {

    private static final int MAX_DEPTH = 5;

    private final IngestProperties properties;
    private final long maxFileBytes;

    FolderReader(IngestProperties properties, FetchProperties fetch) {
        this.properties = properties;
        this.maxFileBytes = fetch.maxBodySize().toBytes();
    }

    @Override
    public Set<SourceKind> kinds() {
        return Set.of(SourceKind.FOLDER);
    }

    @Override
    public String read(Source source, ItemSink sink) throws SourceException {
        Path folder = Path.of(source.path());
        if (!Files.isDirectory(folder)) {
            throw new SourceException("folder " + folder + " does not exist or is not a directory");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder, MAX_DEPTH)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> FileTextExtractor.supports(p.getFileName().toString()))
                    .sorted()
                    .limit(properties.maxItemsPerRun())
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new SourceException("cannot list folder " + folder + ": " + e.getMessage(), e);
        }
        sink.offerAll(files.stream()
                .map(file -> {
                    String url = file.toAbsolutePath().toUri().toString();
                    return Item.news(url, () -> FolderFiles.load(file, url, maxFileBytes));
                })
                .toList());
        return null;
    }
}
