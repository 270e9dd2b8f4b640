package org.pactwatch.deal.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Extraction is CPU-bound and holds a database connection while it stores results, so documents are
 * extracted by a small pool with a queue: publishers never block and the connection pool never runs dry.
 * A plain {@link ExecutorService}, not a Spring TaskExecutor, so that Vaadin and {@code @Async} defaults
 * keep using the application's single task executor.
 */
@Configuration(proxyBeanMethods = false)
class ExtractionExecutorConfiguration {

    static final String EXECUTOR = "extractionExecutor";

    @Bean(name = EXECUTOR, destroyMethod = "shutdownNow")
    ExecutorService extractionExecutor() {
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        return Executors.newFixedThreadPool(
                threads, Thread.ofPlatform().name("extract-", 1).daemon().factory());
    }
}
