package org.pactwatch.deal.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Extraction is CPU-bound and holds a database connection while it stores results, so documents are
 * extracted by a small pool with a queue: publishers never block and the connection pool never runs dry.
 */
@Configuration(proxyBeanMethods = false)
class ExtractionExecutorConfiguration {

    static final String EXECUTOR = "extractionExecutor";

    @Bean(name = EXECUTOR, destroyMethod = "shutdown")
    ThreadPoolTaskExecutor extractionExecutor() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setThreadNamePrefix("extract-");
        executor.setWaitForTasksToCompleteOnShutdown(false);
        executor.initialize();
        return executor;
    }
}
