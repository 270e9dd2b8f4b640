package org.pactwatch.ingest;

/** One failure of a job, kept as a sample: what failed (a URL or file) and why. */
public record ErrorSample(String item, String error) {}
