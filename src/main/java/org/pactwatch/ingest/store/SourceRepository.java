package org.pactwatch.ingest.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.pactwatch.ingest.Source;
import org.pactwatch.ingest.SourceKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Sources in the {@code source} table. */
@Repository
public class SourceRepository {

    private static final String COLUMNS =
            "id, kind, name, url, cik, path, query, schedule, enabled, created_by, created_at, updated_at";

    private final JdbcClient jdbc;

    SourceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new source; the draft's id and times are ignored. */
    public Source insert(Source draft) {
        return write(
                "insert into source(kind, name, url, cik, path, query, schedule, enabled, created_by) "
                        + "values (:kind, :name, :url, :cik, :path, :query, :schedule, :enabled, :by) returning "
                        + COLUMNS,
                draft,
                "by",
                draft.createdBy());
    }

    /** Stores a source the application creates itself (uploads, the sample corpus): enabled, no location. */
    public Source insertBuiltIn(SourceKind kind, String name, String createdBy) {
        return insert(new Source(0, kind, name, null, null, null, null, null, true, createdBy, null, null));
    }

    public Source update(Source source) {
        return write(
                "update source set kind = :kind, name = :name, url = :url, cik = :cik, path = :path, "
                        + "query = :query, schedule = :schedule, enabled = :enabled, updated_at = now() "
                        + "where id = :id returning " + COLUMNS,
                source,
                "id",
                source.id());
    }

    /** Runs an insert or update of the source's settings plus one more parameter, answering the stored row. */
    private Source write(String sql, Source source, String parameter, Object value) {
        return jdbc.sql(sql)
                .param("kind", source.kind().name())
                .param("name", source.name())
                .param("url", source.url())
                .param("cik", source.cik())
                .param("path", source.path())
                .param("query", source.query())
                .param("schedule", source.schedule())
                .param("enabled", source.enabled())
                .param(parameter, value)
                .query(SourceRepository::map)
                .single();
    }

    public boolean delete(long id) {
        return jdbc.sql("delete from source where id = :id").param("id", id).update() > 0;
    }

    public Optional<Source> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from source where id = :id")
                .param("id", id)
                .query(SourceRepository::map)
                .optional();
    }

    public List<Source> findAll() {
        return jdbc.sql("select " + COLUMNS + " from source order by id")
                .query(SourceRepository::map)
                .list();
    }

    public Optional<Source> findFirstOfKind(SourceKind kind) {
        return jdbc.sql("select " + COLUMNS + " from source where kind = :kind order by id limit 1")
                .param("kind", kind.name())
                .query(SourceRepository::map)
                .optional();
    }

    /** A source of this kind pointing at the same location, so that repeated CLI runs reuse it. */
    public Optional<Source> findSame(SourceKind kind, String url, String cik, String path, String query) {
        return jdbc.sql("select " + COLUMNS + " from source where kind = :kind and url is not distinct from :url "
                        + "and cik is not distinct from :cik and path is not distinct from :path "
                        + "and query is not distinct from :query order by id limit 1")
                .param("kind", kind.name())
                .param("url", url)
                .param("cik", cik)
                .param("path", path)
                .param("query", query)
                .query(SourceRepository::map)
                .optional();
    }

    private static Source map(ResultSet rs, int row) throws SQLException {
        return new Source(
                rs.getLong("id"),
                SourceKind.valueOf(rs.getString("kind")),
                rs.getString("name"),
                rs.getString("url"),
                rs.getString("cik"),
                rs.getString("path"),
                rs.getString("query"),
                rs.getString("schedule"),
                rs.getBoolean("enabled"),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
