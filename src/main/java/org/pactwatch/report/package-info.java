/**
 * Regulators' tie-up summaries and their exports (PDF, CSV, JSON, XLSX).
 */
@org.springframework.modulith.ApplicationModule
package org.pactwatch.report;
