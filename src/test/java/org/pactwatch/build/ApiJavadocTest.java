package org.pactwatch.build;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * Every public method of a module's API — the classes directly in a module's top-level package {@code
 * org.pactwatch.<module>}, not its {@code internal} or other sub-packages — has a javadoc comment, at least one line
 * saying what it does. Reads the sources with javac's parser: a method counts when it is public and its type is
 * reachable from outside (public, or a member of an interface or record that is), and an interface's methods are
 * public without the word. Overrides (@Override) inherit the comment of the method they override and need none.
 * Constructors, record components and enum constants are not checked.
 */
class ApiJavadocTest {

    private static final Path SOURCES = Path.of("src", "main", "java", "org", "pactwatch");

    /** API files whose comments wait for the work that owns them, and why. */
    private static final Map<String, String> LEFT_TO_THEIR_OWNERS = Map.of(
            "shared/EmbeddedDatabaseUpgrade.java", "the embedded PostgreSQL upgrade, which its own change edits");

    @Test
    void everyPublicMethodOfAnApiPackageHasJavadoc() throws IOException {
        List<Path> files = apiSources();
        assertThat(files).as("API sources").hasSizeGreaterThan(100);
        List<String> missing = new ArrayList<>();
        int[] checked = new int[1];
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager fileManager = javac.getStandardFileManager(null, null, null)) {
            JavacTask task = (JavacTask) javac.getTask(
                    null,
                    fileManager,
                    null,
                    List.of("-proc:none"),
                    null,
                    fileManager.getJavaFileObjectsFromPaths(files));
            DocTrees docs = DocTrees.instance(task);
            for (CompilationUnitTree unit : task.parse()) {
                new TreePathScanner<Void, Void>() {
                    private final Deque<Boolean> exported = new ArrayDeque<>();
                    private final Deque<Boolean> interfaces = new ArrayDeque<>();

                    @Override
                    public Void visitClass(ClassTree type, Void unused) {
                        boolean outer = exported.isEmpty() || exported.peek();
                        boolean inInterface = !interfaces.isEmpty() && interfaces.peek();
                        Set<Modifier> flags = type.getModifiers().getFlags();
                        exported.push(outer && (flags.contains(Modifier.PUBLIC) || inInterface));
                        interfaces.push(
                                type.getKind() == Tree.Kind.INTERFACE || type.getKind() == Tree.Kind.ANNOTATION_TYPE);
                        try {
                            return super.visitClass(type, unused);
                        } finally {
                            exported.pop();
                            interfaces.pop();
                        }
                    }

                    @Override
                    public Void visitMethod(MethodTree method, Void unused) {
                        Set<Modifier> flags = method.getModifiers().getFlags();
                        boolean inInterface = interfaces.peek();
                        boolean isPublic =
                                flags.contains(Modifier.PUBLIC) || inInterface && !flags.contains(Modifier.PRIVATE);
                        boolean constructor = method.getName().contentEquals("<init>");
                        boolean override = method.getModifiers().getAnnotations().stream()
                                .anyMatch(a -> a.getAnnotationType().toString().endsWith("Override"));
                        if (exported.peek() && isPublic && !constructor && !override) {
                            checked[0]++;
                            TreePath path = getCurrentPath();
                            String comment = docs.getDocComment(path);
                            if (comment == null || comment.isBlank()) {
                                long line = unit.getLineMap()
                                        .getLineNumber(docs.getSourcePositions().getStartPosition(unit, method));
                                Path file = Path.of(unit.getSourceFile().toUri());
                                missing.add(Path.of("").toAbsolutePath().relativize(file) + ":" + line + " "
                                        + method.getName());
                            }
                        }
                        return null; // no need to look into method bodies
                    }
                }.scan(unit, null);
            }
        }
        assertThat(checked[0]).as("public API methods checked").isGreaterThan(150);
        assertThat(missing)
                .as("public methods of API packages without javadoc (one line on what it does is enough)")
                .isEmpty();
    }

    /** The Java files directly in each module's top-level package (org/pactwatch/<module>/*.java). */
    private static List<Path> apiSources() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> modules = Files.list(SOURCES)) {
            for (Path module : modules.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> sources = Files.list(module)) {
                    sources.filter(p -> p.toString().endsWith(".java"))
                            .filter(p -> !p.getFileName().toString().equals("package-info.java"))
                            .filter(p -> !LEFT_TO_THEIR_OWNERS.containsKey(
                                    SOURCES.relativize(p).toString().replace('\\', '/')))
                            .sorted()
                            .forEach(files::add);
                }
            }
        }
        return files;
    }
}
