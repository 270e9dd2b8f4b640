/**
 * Relationship graph, timelines, comparisons and circular money flows between companies (JGraphT).
 */
@org.springframework.modulith.ApplicationModule
package org.pactwatch.graph;
