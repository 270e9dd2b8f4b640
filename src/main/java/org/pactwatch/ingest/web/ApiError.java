package org.pactwatch.ingest.web;

/** The error body of the API: {@code {"error": "…"}}. */
record ApiError(String error) {}
