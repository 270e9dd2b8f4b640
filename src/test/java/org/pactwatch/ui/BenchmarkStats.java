package org.pactwatch.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the UI benchmarks report: percentiles of sorted timings in µs, and the machine's load. */
final class BenchmarkStats {

    private BenchmarkStats() {}

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " / " + parts[1] + " / " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    static long percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.clamp(index, 0, sorted.length - 1)];
    }

    /** "median / p95 / max ms" of timings in µs, sorted. */
    static String stats(long[] sorted) {
        return "%.1f / %.1f / %.1f ms"
                .formatted(
                        percentile(sorted, 50) / 1000.0,
                        percentile(sorted, 95) / 1000.0,
                        sorted[sorted.length - 1] / 1000.0);
    }
}
