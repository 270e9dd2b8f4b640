/**
 * Regulators' tie-up summaries and their exports (PDF, CSV, JSON, XLSX).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"security", "shared"})
package org.pactwatch.report;
