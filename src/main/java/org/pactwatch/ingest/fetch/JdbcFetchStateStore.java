package org.pactwatch.ingest.fetch;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Fetch state in the {@code fetch_state} table. */
@Component
final class JdbcFetchStateStore implements FetchStateStore {

    private final JdbcClient jdbc;

    JdbcFetchStateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Validators> find(String url) {
        return jdbc.sql("select etag, last_modified from fetch_state where url = :url")
                .param("url", url)
                .query((rs, n) -> new Validators(rs.getString(1), rs.getString(2)))
                .optional();
    }

    @Override
    public void save(String url, Validators validators) {
        jdbc.sql("""
                insert into fetch_state(url, etag, last_modified, fetched_at) values (:url, :etag, :lm, now())
                on conflict (url) do update set etag = excluded.etag, last_modified = excluded.last_modified,
                fetched_at = now()
                """)
                .param("url", url)
                .param("etag", validators.etag())
                .param("lm", validators.lastModified())
                .update();
    }
}
