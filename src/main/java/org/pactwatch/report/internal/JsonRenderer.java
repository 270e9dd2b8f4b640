package org.pactwatch.report.internal;

import org.pactwatch.report.ExportFormat;
import org.pactwatch.report.TieUpSummary;
import org.springframework.stereotype.Component;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The summary as JSON in the shape of {@code report/tieup-summary.schema.json}. */
@Component
class JsonRenderer implements SummaryRenderer {

    /** Its own mapper: the export's shape must not change with the application's JSON settings. */
    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    @Override
    public ExportFormat format() {
        return ExportFormat.JSON;
    }

    @Override
    public byte[] render(TieUpSummary summary) {
        return MAPPER.writeValueAsBytes(summary);
    }
}
