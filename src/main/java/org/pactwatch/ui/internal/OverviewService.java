package org.pactwatch.ui.internal;

import java.time.Instant;
import java.util.Optional;
import org.pactwatch.company.CompanyService;
import org.pactwatch.deal.DealFilter;
import org.pactwatch.deal.DealQueries;
import org.pactwatch.ingest.DocumentService;
import org.pactwatch.ingest.JobService;
import org.pactwatch.ingest.SourceService;
import org.springframework.stereotype.Service;

/** The live counts on the home dashboard, asked of the modules that own them. */
@Service
public class OverviewService {

    public record Overview(long documents, long deals, long companies, long sources, Optional<Instant> lastIngest) {}

    private final DocumentService documents;
    private final DealQueries deals;
    private final CompanyService companies;
    private final SourceService sources;
    private final JobService jobs;

    OverviewService(
            DocumentService documents,
            DealQueries deals,
            CompanyService companies,
            SourceService sources,
            JobService jobs) {
        this.documents = documents;
        this.deals = deals;
        this.companies = companies;
        this.sources = sources;
        this.jobs = jobs;
    }

    public Overview overview() {
        return new Overview(
                documents.countReadable(),
                deals.count(DealFilter.all()),
                companies.count(""),
                sources.list().size(),
                jobs.lastFinished());
    }
}
