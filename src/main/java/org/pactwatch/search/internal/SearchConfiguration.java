package org.pactwatch.search.internal;

import org.pactwatch.search.SearchService;
import org.pactwatch.shared.DataDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The embedded Lucene implementation of search, with its index in the data directory. */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    @Bean(destroyMethod = "close")
    LuceneIndex luceneIndex(DataDirectory dataDirectory) {
        return new LuceneIndex(dataDirectory.resolveDirectory("index"));
    }

    @Bean
    DefaultSearchIndex searchIndex(LuceneIndex index, IndexSource source) {
        return new DefaultSearchIndex(index, source);
    }

    @Bean
    SearchService searchService(LuceneIndex index) {
        return new LuceneSearchService(index);
    }
}
