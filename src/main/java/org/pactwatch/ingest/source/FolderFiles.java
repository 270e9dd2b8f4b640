package org.pactwatch.ingest.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.pactwatch.ingest.parse.DocumentDraft;
import org.pactwatch.ingest.parse.FileTextExtractor;
import org.pactwatch.ingest.parse.ParseException;

/** Reads one local file into a draft (folder sources and their retries). */
public final class FolderFiles {

    private FolderFiles() {}

    /** Corpus-format files keep the URL their header names; other files are named by their file: URL. */
    public static DocumentDraft load(Path file, String url, long maxBytes) throws IOException, ParseException {
        long size = Files.size(file);
        if (size > maxBytes) {
            throw new ParseException("file is larger than the limit of " + maxBytes + " bytes");
        }
        DocumentDraft draft =
                FileTextExtractor.extract(file.getFileName().toString(), null, Files.readAllBytes(file), url);
        return draft.url() == null ? draft.withUrl(url) : draft;
    }
}
