package org.pactwatch.alert;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.codec.digest.DigestUtils;
import org.pactwatch.deal.DealQueries;
import org.pactwatch.deal.DealView;
import org.pactwatch.search.InvalidQueryException;
import org.pactwatch.search.SearchMatcher;
import org.pactwatch.search.SearchParameters;
import org.pactwatch.search.SearchRequest;
import org.pactwatch.search.SearchService;
import org.pactwatch.shared.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saved searches of a user, the notifications they raise when new deals match, and the secret feed links. A user
 * only ever sees and changes their own saved searches; every change is audited.
 */
@Service
public class SavedSearchService {

    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_PER_USER = 200;
    private static final String FEED_PREFIX = "pwf_";
    private static final Logger log = LoggerFactory.getLogger(SavedSearchService.class);

    private final JdbcClient jdbc;
    private final SearchService search;
    private final SearchMatcher matcher;
    private final DealQueries deals;
    private final AuditLog audit;
    private final SecureRandom random = new SecureRandom();

    SavedSearchService(
            JdbcClient jdbc, SearchService search, SearchMatcher matcher, DealQueries deals, AuditLog audit) {
        this.jdbc = jdbc;
        this.search = search;
        this.matcher = matcher;
        this.deals = deals;
        this.audit = audit;
    }

    /**
     * Saves a search for the user; the search is run once to check it, so a query with bad syntax is refused
     * with the search's own message ({@link InvalidQueryException}).
     */
    @Transactional
    public SavedSearch save(String username, String name, SearchRequest request) {
        String clean = validName(name);
        search.search(request.withPage(0, 1));
        long count = jdbc.sql("""
                select count(*) from saved_search s join app_user_read u on u.id = s.user_id where u.username = :u
                """).param("u", username).query(Long.class).single();
        if (count >= MAX_PER_USER) {
            throw new IllegalArgumentException("you have " + MAX_PER_USER + " saved searches; delete some first");
        }
        String query = SearchParameters.toQueryString(request);
        long id = jdbc.sql("""
                insert into saved_search(user_id, name, query, target)
                select id, :name, :query, :target from app_user_read where username = :u
                returning id
                """)
                .param("name", clean)
                .param("query", query)
                .param("target", request.target().name())
                .param("u", username)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new IllegalArgumentException("no user named " + username));
        SavedSearch saved = find(username, id).orElseThrow();
        audit.record(username, "saved-search.create", "saved_search", id, null, Map.of("name", clean, "query", query));
        return saved;
    }

    /** The user's saved searches. */
    @Transactional(readOnly = true)
    public List<SavedSearch> list(String username) {
        return jdbc.sql(SELECT + " where u.username = :u order by s.created_at desc, s.id desc")
                .param("u", username)
                .query(SavedSearchService::savedSearch)
                .list();
    }

    /** The user's saved search with this id, if it is theirs. */
    @Transactional(readOnly = true)
    public Optional<SavedSearch> find(String username, long id) {
        return jdbc.sql(SELECT + " where u.username = :u and s.id = :id")
                .param("u", username)
                .param("id", id)
                .query(SavedSearchService::savedSearch)
                .optional();
    }

    /** Deletes the user's saved search. */
    @Transactional
    public void delete(String username, long id) {
        SavedSearch before = owned(username, id);
        jdbc.sql("delete from saved_search where id = :id").param("id", id).update();
        audit.record(username, "saved-search.delete", "saved_search", id, before, null);
    }

    /** Creates (or replaces) the secret feed link of a saved search; the old link stops working. */
    @Transactional
    public FeedLink newFeedLink(String username, long id) {
        owned(username, id);
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = FEED_PREFIX + HexFormat.of().formatHex(bytes);
        jdbc.sql("update saved_search set feed_token_hash = :hash where id = :id")
                .param("hash", DigestUtils.sha256Hex(token))
                .param("id", id)
                .update();
        audit.record(username, "saved-search.feed-link", "saved_search", id, null, Map.of("feed", "new link"));
        return new FeedLink(id, token);
    }

    /** Revokes the feed link of the user's saved search. */
    @Transactional
    public void revokeFeedLink(String username, long id) {
        owned(username, id);
        jdbc.sql("update saved_search set feed_token_hash = null where id = :id")
                .param("id", id)
                .update();
        audit.record(username, "saved-search.feed-revoke", "saved_search", id, null, null);
    }

    /** The saved search a feed token opens, when the token is valid and not revoked. */
    @Transactional(readOnly = true)
    public Optional<SavedSearch> byFeedToken(String token) {
        if (token == null || !token.startsWith(FEED_PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + " where s.feed_token_hash = :hash")
                .param("hash", DigestUtils.sha256Hex(token))
                .query(SavedSearchService::savedSearch)
                .optional();
    }

    /** The newest alerts of one saved search, for its feed. */
    @Transactional(readOnly = true)
    public List<AlertNotification> alertsOf(long savedSearchId, int limit) {
        return jdbc.sql(NOTIFICATIONS
                        + " where n.saved_search_id = :id order by n.created_at desc, n.id desc limit :limit")
                .param("id", savedSearchId)
                .param("limit", Math.clamp(limit, 1, 500))
                .query(SavedSearchService::notification)
                .list();
    }

    /** The user's newest notifications. */
    @Transactional(readOnly = true)
    public List<AlertNotification> notifications(String username, int limit) {
        return jdbc.sql(NOTIFICATIONS + " join app_user_read u on u.id = n.user_id where u.username = :u"
                        + " order by n.created_at desc, n.id desc limit :limit")
                .param("u", username)
                .param("limit", Math.clamp(limit, 1, 500))
                .query(SavedSearchService::notification)
                .list();
    }

    /** How many of the user's alerts are unread. */
    @Transactional(readOnly = true)
    public long unreadCount(String username) {
        return jdbc.sql("""
                select count(*) from notification n join app_user_read u on u.id = n.user_id
                 where u.username = :u and n.read_at is null
                """).param("u", username).query(Long.class).single();
    }

    /** Marks all of the user's alerts read. */
    @Transactional
    public void markAllRead(String username) {
        jdbc.sql("""
                update notification set read_at = now()
                 where read_at is null and user_id = (select id from app_user_read where username = :u)
                """).param("u", username).update();
    }

    /**
     * Raises a notification for every saved search that finds one of these deals (once per search and deal, so
     * a re-extracted deal does not alert twice). Returns the number of new notifications.
     */
    @Transactional
    public int alertOnDeals(Collection<Long> dealIds) {
        if (dealIds == null || dealIds.isEmpty()) {
            return 0;
        }
        List<Watcher> watchers = jdbc.sql("select id, user_id, name, query from saved_search order by id")
                .query((rs, n) -> new Watcher(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)))
                .list();
        int raised = 0;
        for (Watcher watcher : watchers) {
            Set<Long> matches;
            try {
                matches = matcher.matchingDeals(SearchParameters.parse(watcher.query()), dealIds);
            } catch (InvalidQueryException e) {
                log.warn("Saved search {} cannot be run: {}", watcher.id(), e.getMessage());
                continue;
            }
            if (matches.isEmpty()) {
                continue;
            }
            for (DealView deal : deals.views(List.copyOf(matches))) {
                raised += jdbc.sql("""
                        insert into notification(user_id, saved_search_id, deal_id, message)
                        values (:user, :search, :deal, :message)
                        on conflict (saved_search_id, deal_id) do nothing
                        """)
                        .param("user", watcher.userId())
                        .param("search", watcher.id())
                        .param("deal", deal.id())
                        .param("message", "\"" + watcher.name() + "\": " + DealHeadline.of(deal))
                        .update();
            }
        }
        return raised;
    }

    private record Watcher(long id, long userId, String name, String query) {}

    private SavedSearch owned(String username, long id) {
        return find(username, id).orElseThrow(() -> new IllegalArgumentException("you have no saved search " + id));
    }

    private static String validName(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("a saved search needs a name of 1-" + MAX_NAME_LENGTH + " characters");
        }
        if (clean.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("a saved search name must not contain control characters");
        }
        return clean;
    }

    private static final String SELECT = """
            select s.id, s.name, s.query, s.target, s.feed_token_hash is not null as feed_active, s.created_at,
                   (select count(*) from notification n where n.saved_search_id = s.id and n.read_at is null) as unread
              from saved_search s join app_user_read u on u.id = s.user_id
            """;

    private static final String NOTIFICATIONS = """
            select n.id, n.saved_search_id, s.name, n.deal_id, n.message, n.created_at, n.read_at is not null as read
              from notification n left join saved_search s on s.id = n.saved_search_id
            """;

    private static SavedSearch savedSearch(ResultSet rs, int row) throws SQLException {
        return new SavedSearch(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("query"),
                rs.getString("target"),
                rs.getBoolean("feed_active"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getLong("unread"));
    }

    private static AlertNotification notification(ResultSet rs, int row) throws SQLException {
        long search = rs.getLong(2);
        Long searchId = rs.wasNull() ? null : search;
        long deal = rs.getLong(4);
        Long dealId = rs.wasNull() ? null : deal;
        return new AlertNotification(
                rs.getLong(1),
                searchId,
                rs.getString(3),
                dealId,
                rs.getString(5),
                rs.getTimestamp(6).toInstant(),
                rs.getBoolean(7));
    }
}
