package org.pactwatch.report.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.pactwatch.report.ExportFile;
import org.pactwatch.report.ExportFormat;
import org.pactwatch.report.ExportRecord;
import org.pactwatch.report.ExportScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The export_record table: every export with its scope, file name, SHA-256 and bytes. */
@Repository
class ExportRepository {

    private final JdbcClient jdbc;

    ExportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(
            String actor,
            Instant at,
            ExportScope scope,
            ExportFormat format,
            String fileName,
            String sha256,
            byte[] content) {
        return jdbc.sql("""
                        insert into export_record(created_by, created_at, scope, format, file_name, sha256, content)
                        values (:actor, :at, cast(:scope as jsonb), :format, :fileName, :sha256, :content)
                        returning id
                        """)
                .param("actor", actor)
                .param("at", Timestamp.from(at))
                .param("scope", JsonRenderer.MAPPER.writeValueAsString(scope))
                .param("format", format.name())
                .param("fileName", fileName)
                .param("sha256", sha256)
                .param("content", content)
                .query(Long.class)
                .single();
    }

    List<ExportRecord> list(int offset, int limit) {
        return jdbc.sql("""
                        select id, created_by, created_at, scope::text, format, file_name, sha256, octet_length(content)
                          from export_record order by created_at desc, id desc offset :offset limit :limit
                        """)
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, n) -> new ExportRecord(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getTimestamp(3).toInstant(),
                        JsonRenderer.MAPPER.readValue(rs.getString(4), ExportScope.class),
                        ExportFormat.valueOf(rs.getString(5)),
                        rs.getString(6),
                        rs.getString(7).strip(),
                        rs.getInt(8)))
                .list();
    }

    Optional<ExportFile> find(long id) {
        return jdbc.sql("select id, file_name, format, sha256, content from export_record where id = :id")
                .param("id", id)
                .query((rs, n) -> new ExportFile(
                        rs.getLong(1),
                        rs.getString(2),
                        ExportFormat.valueOf(rs.getString(3)),
                        rs.getString(4).strip(),
                        rs.getBytes(5)))
                .optional();
    }
}
