/**
 * Relationship graph, timelines, comparisons and circular money flows between companies (JGraphT). Depends on no
 * module's code: it reads deals and companies through the SQL views the deal and company modules publish to it
 * ({@code deal_read}, {@code company_read} …; see "Who owns which table" in docs/architecture.md).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.pactwatch.graph;
