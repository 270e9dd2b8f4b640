package org.pactwatch.graph;

import java.time.LocalDate;
import java.util.List;

/**
 * Companies as nodes and deals as directed edges payer → payee, one edge per payer, payee and type (with
 * the number of deals it sums). Nodes carry a layout position (x, y in 0–1000) computed on the server, so
 * that the browser draws large graphs without running a force simulation. {@code path} lists the node ids
 * of the shortest path when one was asked for and found.
 */
public record CompanyGraph(List<Node> nodes, List<Edge> edges, List<Long> path) {

    public record Node(long id, String name, String kind, double volumeUsd, int deals, double x, double y) {}

    public record Edge(long source, long target, String type, int deals, double usd, LocalDate first, LocalDate last) {}
}
