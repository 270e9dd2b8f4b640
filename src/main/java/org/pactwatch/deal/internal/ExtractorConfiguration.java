package org.pactwatch.deal.internal;

import org.pactwatch.extraction.DealExtractor;
import org.pactwatch.extraction.DealExtractors;
import org.pactwatch.extraction.ExtractionRequest;
import org.pactwatch.extraction.ExtractionResult;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The extraction engine as a bean. CoreNLP loads on the first document, not at start-up. */
@Configuration(proxyBeanMethods = false)
class ExtractorConfiguration {

    @Bean
    DealExtractor dealExtractor() {
        return new DealExtractor() {
            @Override
            public ExtractionResult extract(ExtractionRequest request) {
                return DealExtractors.shared().extract(request);
            }

            @Override
            public String version() {
                return DealExtractors.shared().version();
            }
        };
    }
}
