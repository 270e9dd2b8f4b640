package org.pactwatch.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The directory that holds the embedded database, the Lucene index and caches. */
public final class DataDirectory {

    public static final String ENV = "PACTWATCH_DATA_DIR";

    private final Path root;

    private DataDirectory(Path root) {
        this.root = root;
    }

    /** Resolves the data directory from the environment (or the given override) and checks it is writable. */
    public static DataDirectory resolve(String override) {
        String configured = override != null && !override.isBlank() ? override : System.getenv(ENV);
        Path root = configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".pactwatch");
        try {
            Files.createDirectories(root);
            Path probe = Files.createTempFile(root, ".write-check", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new StartupException("data directory " + root.toAbsolutePath() + " is not writable; set " + ENV
                    + " to a writable folder");
        }
        return new DataDirectory(root.toAbsolutePath());
    }

    /** The data directory itself. */
    public Path root() {
        return root;
    }

    /** A sub-directory, created on first use. */
    public Path resolveDirectory(String name) {
        Path dir = root.resolve(name);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StartupException("cannot create " + dir + "; check the permissions of " + root);
        }
        return dir;
    }
}
