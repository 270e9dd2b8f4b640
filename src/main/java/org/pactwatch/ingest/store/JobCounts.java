package org.pactwatch.ingest.store;

import java.util.ArrayList;
import java.util.List;
import org.pactwatch.ingest.ErrorSample;

/** Running counts of a job, with a bounded list of error samples. Used by one job thread only. */
public final class JobCounts {

    public static final int MAX_ERROR_SAMPLES = 20;

    private int seen;
    private int added;
    private int duplicate;
    private int failed;
    private Integer total;
    private final List<ErrorSample> errors = new ArrayList<>();

    public void seen() {
        seen++;
    }

    public void added() {
        added++;
    }

    public void duplicate() {
        duplicate++;
    }

    public void failed(String item, String error) {
        failed++;
        sample(item, error);
    }

    /** Records an error that is not a document of its own (a feed entry without link, a filing index). */
    public void sample(String item, String error) {
        if (errors.size() < MAX_ERROR_SAMPLES) {
            errors.add(new ErrorSample(item, error));
        }
    }

    public void expect(int more) {
        total = (total == null ? 0 : total) + more;
    }

    public int seenCount() {
        return seen;
    }

    public int newCount() {
        return added;
    }

    public int duplicateCount() {
        return duplicate;
    }

    public int failedCount() {
        return failed;
    }

    public Integer total() {
        return total;
    }

    public List<ErrorSample> errors() {
        return List.copyOf(errors);
    }
}
