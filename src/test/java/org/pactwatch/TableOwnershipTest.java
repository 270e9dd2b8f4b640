package org.pactwatch;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * Each module owns its tables: no SQL string in a module's main sources names a table or view that another module
 * owns, unless the owner publishes that view to the module. The ownership map is the table between the
 * {@code table-owners} markers in docs/architecture.md (section "Who owns which table"); this test reads it from
 * there, so the documentation is the one place the rule lives.
 *
 * <p>Every string literal of a module's main sources is parsed as Java (javac's parser); a concatenation counts
 * as one string, with {@code ?} for its non-literal parts. A string is SQL when it has the shape of a statement
 * or a clause ({@code select … from}, {@code insert into}, {@code update … set}, {@code delete from}, a {@code
 * join}); the names it reads or writes are those after {@code from}, {@code join}, {@code into}, {@code update},
 * {@code table} and {@code truncate} (and the comma list of a {@code from}), with comments and quoted literals
 * removed first.
 */
class TableOwnershipTest {

    private static final Path MAIN = Path.of("src", "main", "java", "org", "pactwatch");
    private static final Path MIGRATIONS = Path.of("src", "main", "resources", "db", "migration");
    private static final Path OWNERS_DOC = Path.of("docs", "architecture.md");

    /** Made by a library, not by a migration: Spring Modulith's event registry and Flyway's history. */
    private static final Set<String> NOT_FROM_MIGRATIONS = Set.of("event_publication", "flyway_schema_history");

    /** One row of the ownership map: a table or view, its owning module, and the modules it is published to. */
    record Owned(String name, String owner, String kind, Set<String> readers) {}

    /** A SQL string in a module's sources and the names it reads or writes. */
    record SqlString(String module, Path file, long line, String sql, Set<String> names) {}

    @Test
    void noModuleNamesAnotherModulesTable() throws IOException {
        Map<String, Owned> owners = ownershipMap();
        List<SqlString> sql = sqlStrings(MAIN);
        List<String> violations = new ArrayList<>();
        for (SqlString s : sql) {
            for (String name : s.names()) {
                Owned owned = owners.get(name);
                if (owned != null
                        && !owned.owner().equals(s.module())
                        && !owned.readers().contains(s.module())) {
                    violations.add("%s:%d (module %s) names %s %s, owned by %s%s"
                            .formatted(
                                    MAIN.toAbsolutePath().relativize(s.file()),
                                    s.line(),
                                    s.module(),
                                    owned.kind(),
                                    name,
                                    owned.owner(),
                                    owned.kind().equals("view")
                                            ? " and published to " + owned.readers()
                                            : "; read it through " + owned.owner() + "'s API or a view it publishes"));
                }
            }
        }
        assertThat(violations).as("SQL naming another module's tables").isEmpty();
    }

    /** The scanner must see the SQL it is meant to check, or an empty result proves nothing. */
    @Test
    void findsTheSqlOfEveryModuleThatHasSome() throws IOException {
        Map<String, Integer> perModule = new TreeMap<>();
        sqlStrings(MAIN).forEach(s -> perModule.merge(s.module(), 1, Integer::sum));
        assertThat(perModule)
                .containsKeys("alert", "company", "deal", "graph", "ingest", "report", "search", "security", "shared");
        assertThat(perModule.get("graph")).isGreaterThanOrEqualTo(6);
        assertThat(perModule.get("search")).isGreaterThanOrEqualTo(10);
        assertThat(perModule.get("report")).isGreaterThanOrEqualTo(8);
    }

    @Test
    void recognisesTheNamesAStatementReadsAndWrites() {
        assertThat(names("select d.id from deal d, evidence e join company c on c.id = d.payer_id where true"))
                .containsExactlyInAnyOrder("deal", "company", "evidence");
        assertThat(names("""
                        with picked as (select id from deal_read d where %s)
                        select count(distinct s.document_id) from unnest(?) as p(id)
                          cross join lateral (select m.document_id from deal_mention m -- not company
                                               where m.kind = 'from company') s
                        """)).containsExactlyInAnyOrder("deal_read", "deal_mention");
        assertThat(names("insert into deal_term(deal_id, kind) values (?, ?) on conflict do nothing"))
                .containsExactly("deal_term");
        assertThat(names("update deal d set payer_sort = lower(c.name) from company c where c.id = d.payer_id"))
                .containsExactlyInAnyOrder("deal", "company");
        assertThat(names("delete from notification where extract(year from created_at) < 2020"))
                .containsExactlyInAnyOrder("notification", "created_at");
        assertThat(isSql("Evidence from the document")).isFalse();
        assertThat(isSql("select * from deal")).isTrue();
        assertThat(isSql(" left join company pe on pe.id = d.payee_id")).isTrue();
    }

    /** Every table and view the migrations create has one owner in the map, and the map names nothing else. */
    @Test
    void theMapCoversExactlyWhatTheMigrationsCreate() throws IOException {
        Map<String, Owned> owners = ownershipMap();
        Map<String, String> created = createdByMigrations();
        Set<String> unowned = new TreeSet<>(created.keySet());
        unowned.removeAll(owners.keySet());
        assertThat(unowned)
                .as("tables or views created by a migration but missing from the map in " + OWNERS_DOC)
                .isEmpty();
        Set<String> stale = new TreeSet<>(owners.keySet());
        stale.removeAll(created.keySet());
        stale.removeAll(NOT_FROM_MIGRATIONS);
        assertThat(stale)
                .as("names in the map of " + OWNERS_DOC + " that no migration creates")
                .isEmpty();
        for (Owned owned : owners.values()) {
            if (created.containsKey(owned.name())) {
                assertThat(owned.kind()).as(owned.name()).isEqualTo(created.get(owned.name()));
            }
            if (owned.kind().equals("table")) {
                assertThat(owned.readers())
                        .as("table %s: other modules read a view, never the table", owned.name())
                        .isEmpty();
            }
        }
        Set<String> modules = modules();
        owners.values().forEach(o -> {
            assertThat(modules).as("owner of " + o.name()).contains(o.owner());
            assertThat(modules).as("readers of " + o.name()).containsAll(o.readers());
        });
    }

    // --- the ownership map ---------------------------------------------------------------------------------------

    private static final Pattern MAP_ROW =
            Pattern.compile("^\\|\\s*`([a-z_0-9]+)`\\s*\\|\\s*`?([a-z]+)`?\\s*\\|\\s*(table|view)\\s*\\|([^|]*)\\|");

    static Map<String, Owned> ownershipMap() throws IOException {
        List<String> lines = Files.readAllLines(OWNERS_DOC, StandardCharsets.UTF_8);
        int begin = lines.indexOf("<!-- table-owners:begin -->");
        int end = lines.indexOf("<!-- table-owners:end -->");
        assertThat(begin).as("table-owners markers in " + OWNERS_DOC).isNotNegative();
        assertThat(end).isGreaterThan(begin);
        Map<String, Owned> owners = new LinkedHashMap<>();
        for (String line : lines.subList(begin + 1, end)) {
            Matcher row = MAP_ROW.matcher(line);
            if (!row.find()) {
                continue;
            }
            Set<String> readers = new TreeSet<>();
            Matcher reader = Pattern.compile("[a-z]+").matcher(row.group(4));
            while (reader.find()) {
                readers.add(reader.group());
            }
            Owned previous = owners.put(row.group(1), new Owned(row.group(1), row.group(2), row.group(3), readers));
            assertThat(previous).as("%s listed twice", row.group(1)).isNull();
        }
        assertThat(owners).as("rows between the table-owners markers").isNotEmpty();
        return owners;
    }

    private static Set<String> modules() throws IOException {
        try (Stream<Path> dirs = Files.list(MAIN)) {
            Set<String> modules = new TreeSet<>();
            dirs.filter(Files::isDirectory)
                    .forEach(d -> modules.add(d.getFileName().toString()));
            return modules;
        }
    }

    private static final Pattern CREATE = Pattern.compile(
            "\\bcreate\\s+(?:or\\s+replace\\s+)?(?:(materialized)\\s+)?(table|view)\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_0-9]+)");

    /** Names the migrations create, each with "table" or "view". */
    private static Map<String, String> createdByMigrations() throws IOException {
        Map<String, String> created = new TreeMap<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                Matcher create = CREATE.matcher(
                        withoutCommentsAndQuotes(Files.readString(file).toLowerCase(Locale.ROOT)));
                while (create.find()) {
                    created.put(create.group(3), create.group(2));
                }
            }
        }
        return created;
    }

    // --- finding the SQL strings ---------------------------------------------------------------------------------

    static List<SqlString> sqlStrings(Path root) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        List<SqlString> found = new ArrayList<>();
        try (StandardJavaFileManager fileManager =
                compiler.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
            JavacTask task = (JavacTask) compiler.getTask(
                    null,
                    fileManager,
                    null,
                    List.of("-proc:none"),
                    null,
                    fileManager.getJavaFileObjectsFromPaths(files));
            SourcePositions positions = Trees.instance(task).getSourcePositions();
            for (CompilationUnitTree unit : task.parse()) {
                Path file = Path.of(unit.getSourceFile().getName()).toAbsolutePath();
                Path relative = root.toAbsolutePath().relativize(file);
                if (relative.getNameCount() < 2) {
                    continue; // the application class, in no module
                }
                String module = relative.getName(0).toString();
                new TreeScanner<Void, Void>() {
                    @Override
                    public Void visitBinary(BinaryTree tree, Void unused) {
                        if (tree.getKind() == Tree.Kind.PLUS && hasStringLiteral(tree)) {
                            record(tree, fold(tree));
                            return null;
                        }
                        return super.visitBinary(tree, unused);
                    }

                    @Override
                    public Void visitLiteral(LiteralTree tree, Void unused) {
                        if (tree.getValue() instanceof String value) {
                            record(tree, value);
                        }
                        return null;
                    }

                    private void record(Tree tree, String text) {
                        if (isSql(text)) {
                            long line = unit.getLineMap().getLineNumber(positions.getStartPosition(unit, tree));
                            found.add(new SqlString(module, file, line, text, names(text)));
                        }
                    }
                }.scan(unit, null);
            }
        }
        return found;
    }

    private static boolean hasStringLiteral(ExpressionTree tree) {
        return switch (tree) {
            case LiteralTree literal -> literal.getValue() instanceof String;
            case BinaryTree binary ->
                binary.getKind() == Tree.Kind.PLUS
                        && (hasStringLiteral(binary.getLeftOperand()) || hasStringLiteral(binary.getRightOperand()));
            case ParenthesizedTree parenthesized -> hasStringLiteral(parenthesized.getExpression());
            default -> false;
        };
    }

    /** A concatenation as one string: literals as they are, anything else as {@code ?}. */
    private static String fold(ExpressionTree tree) {
        return switch (tree) {
            case LiteralTree literal -> String.valueOf(literal.getValue());
            case BinaryTree binary
            when binary.getKind() == Tree.Kind.PLUS -> fold(binary.getLeftOperand()) + fold(binary.getRightOperand());
            case ParenthesizedTree parenthesized -> fold(parenthesized.getExpression());
            default -> " ? ";
        };
    }

    // --- reading a SQL string ------------------------------------------------------------------------------------

    private static final Pattern SQL_SHAPE = Pattern.compile(
            "\\bselect\\b[\\s\\S]*\\bfrom\\b|\\binsert\\s+into\\b|\\bupdate\\s+[a-z_0-9]+(\\s+[a-z_0-9]+)?\\s+set\\b"
                    + "|\\bdelete\\s+from\\b|\\bjoin\\s+[a-z_0-9]+\\s+[a-z_0-9]+\\s+on\\b|\\btruncate\\b[\\s\\S]*;?");

    /** Whether a string is a SQL statement or clause (the code writes SQL in lower case). */
    static boolean isSql(String text) {
        return SQL_SHAPE.matcher(withoutCommentsAndQuotes(text)).find();
    }

    private static final Set<String> TARGET_KEYWORDS = Set.of("from", "join", "into", "update", "table", "truncate");
    private static final Set<String> NOT_NAMES =
            Set.of("only", "lateral", "select", "set", "if", "exists", "not", "stdin", "stdout");
    private static final Pattern TOKEN = Pattern.compile("[a-z_][a-z_0-9$]*(?:\\.[a-z_][a-z_0-9$]*)*|\\S");

    /** The tables, views and common table expressions a SQL string reads or writes. */
    static Set<String> names(String sql) {
        List<String> tokens = new ArrayList<>();
        Matcher token = TOKEN.matcher(withoutCommentsAndQuotes(sql.toLowerCase(Locale.ROOT)));
        while (token.find()) {
            tokens.add(token.group());
        }
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            String keyword = tokens.get(i);
            if (!TARGET_KEYWORDS.contains(keyword)) {
                continue;
            }
            int at = i + 1;
            while (true) {
                while (at < tokens.size() && NOT_NAMES.contains(tokens.get(at))) {
                    at++;
                }
                if (at >= tokens.size() || !Character.isLetter(tokens.get(at).charAt(0))) {
                    break;
                }
                String name = tokens.get(at);
                boolean call = at + 1 < tokens.size() && tokens.get(at + 1).equals("(");
                if (!call || keyword.equals("into") || keyword.equals("table")) {
                    names.add(name.substring(name.lastIndexOf('.') + 1));
                }
                if (!keyword.equals("from") && !keyword.equals("truncate")) {
                    break;
                }
                // a comma list: "from a x, b y" or "truncate a, b"
                int next = at + 1;
                if (next < tokens.size() && tokens.get(next).equals("as")) {
                    next++;
                }
                if (next < tokens.size()
                        && Character.isLetter(tokens.get(next).charAt(0))
                        && !isClauseKeyword(tokens.get(next))) {
                    next++; // the alias
                }
                if (next < tokens.size() && tokens.get(next).equals(",")) {
                    at = next + 1;
                } else {
                    break;
                }
            }
        }
        return names;
    }

    private static boolean isClauseKeyword(String token) {
        return Set.of(
                        "where",
                        "join",
                        "left",
                        "right",
                        "inner",
                        "outer",
                        "cross",
                        "full",
                        "on",
                        "group",
                        "order",
                        "limit",
                        "union",
                        "returning",
                        "set",
                        "natural",
                        "using",
                        "having",
                        "window",
                        "offset",
                        "for")
                .contains(token);
    }

    /** The text without comments and with quoted literals emptied, so that neither adds names. */
    static String withoutCommentsAndQuotes(String sql) {
        return sql.replaceAll("--[^\n]*", " ")
                .replaceAll("(?s)/\\*.*?\\*/", " ")
                .replaceAll("'[^']*'", "''");
    }
}
