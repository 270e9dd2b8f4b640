package org.pactwatch.report.internal;

import org.pactwatch.report.ExportFormat;
import org.pactwatch.report.TieUpSummary;

/** Writes a summary in one format. Same summary in, same bytes out: no clocks, no random ids. */
interface SummaryRenderer {

    ExportFormat format();

    byte[] render(TieUpSummary summary);
}
