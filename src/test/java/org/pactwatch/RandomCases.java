package org.pactwatch;

import java.util.Random;
import java.util.function.BiConsumer;

/**
 * Seeded, reproducible random cases for the randomized tests. Every case draws from its own {@link Random}, made
 * from the run's seed and the case's number, so a failure names both and reruns alone:
 *
 * <pre>
 * ./pactwatch test -Dtest=ExtractionRandomTest -Dpactwatch.seed=0x5EED -Dpactwatch.case=17
 * </pre>
 *
 * {@code -Dpactwatch.seed} replaces every class's default seed (hex with 0x, or decimal) and {@code
 * -Dpactwatch.cases} the number of cases; without them each run draws the same cases as the last.
 */
public final class RandomCases {

    private RandomCases() {}

    /** The run's seed: {@code -Dpactwatch.seed} if given, else the test class's fixed default. */
    public static long seed(long defaultSeed) {
        String given = System.getProperty("pactwatch.seed");
        if (given == null || given.isBlank()) {
            return defaultSeed;
        }
        String s = given.strip();
        return s.startsWith("0x") || s.startsWith("0X")
                ? Long.parseUnsignedLong(s.substring(2), 16)
                : Long.parseLong(s);
    }

    /** The number of cases: {@code -Dpactwatch.cases} if given, else the tier's count. */
    public static int count(int tierCount) {
        return Integer.getInteger("pactwatch.cases", tierCount);
    }

    /** The random source of case {@code index} of a run with {@code seed}. */
    public static Random random(long seed, int index) {
        long z = seed + 0x9E3779B97F4A7C15L * (index + 1L); // splitmix64: neighbouring cases share nothing
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return new Random(z ^ (z >>> 31));
    }

    /**
     * Runs {@code cases} cases of {@code check} (or only {@code -Dpactwatch.case}), each with its number and its own
     * random source; the first failing case stops the run with the seed, its number and the line that reruns it.
     */
    public static void run(String what, long seed, int cases, BiConsumer<Integer, Random> check) {
        Integer only = Integer.getInteger("pactwatch.case");
        int from = only == null ? 0 : only;
        int to = only == null ? cases : only + 1;
        for (int i = from; i < to; i++) {
            try {
                check.accept(i, random(seed, i));
            } catch (AssertionError | RuntimeException | StackOverflowError e) {
                throw new AssertionError(
                        "%s: case %d of seed 0x%X failed (rerun it alone with -Dpactwatch.seed=0x%X -Dpactwatch.case=%d): %s"
                                .formatted(what, i, seed, seed, i, e.getMessage()),
                        e);
            }
        }
    }
}
