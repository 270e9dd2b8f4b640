package org.pactwatch.ingest.fetch;

import java.util.Optional;

/** Remembers the validators (ETag, Last-Modified) of URLs whose content was fully processed. */
public interface FetchStateStore {

    record Validators(String etag, String lastModified) {}

    Optional<Validators> find(String url);

    void save(String url, Validators validators);
}
