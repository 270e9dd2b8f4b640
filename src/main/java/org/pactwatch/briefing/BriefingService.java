package org.pactwatch.briefing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.pactwatch.alert.SavedSearchService;
import org.pactwatch.briefing.internal.BriefingQueries;
import org.pactwatch.briefing.internal.BriefingQueries.Conflict;
import org.pactwatch.ingest.JobRun;
import org.pactwatch.ingest.JobService;
import org.pactwatch.ingest.SourceService;
import org.pactwatch.security.Role;
import org.pactwatch.security.UserVisits;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's tiles, each one call so that each loads (and is timed) on its own. Deals count when they are live
 * (not merged into another, not rejected); "new" means first stored after a moment, whatever date the deal has.
 */
@Service
public class BriefingService {

    /** Below this extraction confidence a deal is flagged in the review queue. */
    public static final double LOW_CONFIDENCE = 0.6;

    /** How far back "new" reaches on a user's first visit. */
    public static final Duration FIRST_VISIT_LOOKBACK = Duration.ofDays(7);

    private static final String READER =
            "hasAnyRole('" + Role.Names.ANALYST + "','" + Role.Names.STRATEGIST + "','" + Role.Names.REGULATOR + "')";
    private static final String ANALYST = "hasRole('" + Role.Names.ANALYST + "')";
    private static final int MAX_ROWS = 100;

    private final BriefingQueries queries;
    private final UserVisits visits;
    private final SavedSearchService savedSearches;
    private final SourceService sources;
    private final JobService jobs;
    private final Clock clock;

    BriefingService(
            BriefingQueries queries,
            UserVisits visits,
            SavedSearchService savedSearches,
            SourceService sources,
            JobService jobs) {
        this.queries = queries;
        this.visits = visits;
        this.savedSearches = savedSearches;
        this.sources = sources;
        this.jobs = jobs;
        this.clock = Clock.systemDefaultZone();
    }

    /** Records the user's dashboard view and returns their visit: when the previous one ended, and where "new" starts. */
    public Visit startVisit(String username) {
        Instant now = clock.instant();
        Instant previous = visits.recordVisit(username, now).orElse(null);
        return new Visit(previous, previous != null ? previous : now.minus(FIRST_VISIT_LOOKBACK));
    }

    /** How many deals were stored after {@code since}, and the newest {@code limit} of them. */
    @Transactional(readOnly = true)
    @PreAuthorize(READER)
    public NewDeals newDeals(Instant since, int limit) {
        Objects.requireNonNull(since, "since");
        return new NewDeals(since, queries.countNew(since), queries.newest(since, rows(limit)));
    }

    /** The largest deals (by USD) dated in the last {@code days} days up to today, largest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(READER)
    public List<BriefingDeal> largestDeals(int days, int limit) {
        LocalDate today = LocalDate.now(clock);
        return queries.largest(today.minusDays(Math.max(0, days)), today, rows(limit));
    }

    /** Deal count and disclosed value per month and type for the last {@code months} months (this one included). */
    @Transactional(readOnly = true)
    @PreAuthorize(READER)
    public List<MonthlyValue> valueByMonth(int months) {
        YearMonth last = YearMonth.now(clock);
        YearMonth first = last.minusMonths(Math.clamp(months, 1, 120) - 1L);
        return queries.valueByMonth(first.atDay(1), last.atEndOfMonth());
    }

    /** The companies that are parties to the most deals stored after {@code since}. */
    @Transactional(readOnly = true)
    @PreAuthorize(READER)
    public List<CompanyActivity> mostActiveCompanies(Instant since, int limit) {
        Objects.requireNonNull(since, "since");
        return queries.mostActive(since, rows(limit));
    }

    /**
     * The unreviewed deals with their counts by reason, and the {@code limit} to look at first: those whose sources
     * disagree on the figures, then the least confident.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(ANALYST)
    public ReviewQueue reviewQueue(int limit) {
        int rows = rows(limit);
        Map<Long, Conflict> conflicts = queries.conflicts();
        List<Long> next =
                new ArrayList<>(conflicts.keySet().stream().limit(rows).toList());
        for (long id : queries.leastConfident(rows)) {
            if (next.size() < rows && !next.contains(id)) {
                next.add(id);
            }
        }
        List<ReviewQueue.Item> items = queries.deals(next).stream()
                .map(d -> {
                    Conflict c = conflicts.getOrDefault(d.id(), Conflict.NONE);
                    return new ReviewQueue.Item(d, d.confidence() < LOW_CONFIDENCE, c.amounts(), c.dates());
                })
                .toList();
        BriefingQueries.ReviewCounts counts = queries.countUnreviewed(LOW_CONFIDENCE);
        return new ReviewQueue(counts.unreviewed(), counts.lowConfidence(), conflicts.size(), items);
    }

    /** The user's saved-search count, unread alerts and newest {@code limit} alerts. */
    @Transactional(readOnly = true)
    @PreAuthorize(READER)
    public Alerts alerts(String username, int limit) {
        return new Alerts(
                savedSearches.list(username).size(),
                savedSearches.unreadCount(username),
                savedSearches.notifications(username, rows(limit)));
    }

    /** Every source with its newest run, and the newest {@code failures} runs that failed or had items fail. */
    @Transactional(readOnly = true)
    @PreAuthorize(ANALYST)
    public IngestHealth ingestHealth(int failures) {
        Map<Long, JobRun> latest = new java.util.HashMap<>();
        jobs.latestPerSource().forEach(run -> latest.put(run.sourceId(), run));
        List<IngestHealth.SourceHealth> health = sources.list().stream()
                .map(s -> new IngestHealth.SourceHealth(s, latest.get(s.id())))
                .toList();
        return new IngestHealth(health, jobs.recentFailures(failures));
    }

    private static int rows(int limit) {
        return Math.clamp(limit, 1, MAX_ROWS);
    }
}
