package org.pactwatch.deal;

import java.util.List;

/** One page of a listing and the total number of matches. */
public record DealPage<T>(long total, List<T> items) {}
