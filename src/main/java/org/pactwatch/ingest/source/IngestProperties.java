package org.pactwatch.ingest.source;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Ingest limits ({@code pactwatch.ingest.*}): items per run, job threads, and the folders FOLDER sources
 * created through the API or UI may read (empty: the data directory's {@code inbox}).
 */
@ConfigurationProperties("pactwatch.ingest")
public record IngestProperties(
        @DefaultValue("2000") int maxItemsPerRun,
        @DefaultValue("2") int jobThreads,
        @DefaultValue("") List<String> folderRoots) {

    public IngestProperties {
        folderRoots = folderRoots == null
                ? List.of()
                : folderRoots.stream()
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }
}
