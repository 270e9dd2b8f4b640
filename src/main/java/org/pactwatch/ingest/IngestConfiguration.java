package org.pactwatch.ingest;

import org.pactwatch.ingest.fetch.FetchProperties;
import org.pactwatch.ingest.source.EdgarProperties;
import org.pactwatch.ingest.source.IngestProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the ingest settings: {@code pactwatch.fetch.*}, {@code pactwatch.edgar.*}, {@code pactwatch.ingest.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({FetchProperties.class, EdgarProperties.class, IngestProperties.class})
class IngestConfiguration {}
