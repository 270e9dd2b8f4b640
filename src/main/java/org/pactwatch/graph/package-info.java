/**
 * Relationship graph, timelines, comparisons and circular money flows between companies (JGraphT).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.pactwatch.graph;
