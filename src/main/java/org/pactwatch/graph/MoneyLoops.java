package org.pactwatch.graph;

import java.util.List;

/** Money loops, largest first; {@code truncated} when the search stopped at its cap. */
public record MoneyLoops(List<MoneyLoop> loops, boolean truncated) {}
