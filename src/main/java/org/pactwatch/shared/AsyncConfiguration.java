package org.pactwatch.shared;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The executor of asynchronous event handlers ({@code @ApplicationModuleListener}): a few threads and a
 * queue. Each handler holds a database connection, so an unbounded executor would drain the pool when a
 * job stores hundreds of documents at once.
 */
@Configuration(proxyBeanMethods = false)
class AsyncConfiguration {

    /** {@code @Async} without a qualifier looks this name up. */
    @Bean(name = "taskExecutor", destroyMethod = "shutdown")
    ThreadPoolTaskExecutor taskExecutor() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(4);
        executor.setMaxPoolSize(4);
        executor.setThreadNamePrefix("event-");
        executor.initialize();
        return executor;
    }
}
