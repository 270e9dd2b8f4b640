/**
 * Regulators' tie-up summaries and their exports (PDF, CSV, JSON, XLSX). Reads deals, companies and documents
 * through the SQL views their owners publish to it (see "Who owns which table" in docs/architecture.md).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"security", "shared"})
package org.pactwatch.report;
