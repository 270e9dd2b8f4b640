package org.pactwatch.ingest.source;

import java.util.Set;
import org.pactwatch.ingest.Source;
import org.pactwatch.ingest.SourceKind;

/** Reads one kind of source into items. Throws {@link SourceException} when the source as a whole fails. */
public interface SourceReader {

    Set<SourceKind> kinds();

    /** Reads the source; returns a note for the job's message (such as "feed not modified"), or null. */
    String read(Source source, ItemSink sink) throws SourceException;
}
