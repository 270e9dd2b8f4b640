package org.pactwatch.security;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When each user last looked at the dashboard. Views less than {@link #VISIT_GAP} apart are one visit, so that a
 * reload does not move "since your last visit" to a minute ago.
 */
@Service
public class UserVisits {

    /** Dashboard views closer together than this belong to one visit. */
    public static final Duration VISIT_GAP = Duration.ofMinutes(30);

    private final JdbcClient jdbc;

    UserVisits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records that the user looks at the dashboard now and returns the last view of their previous visit (empty on
     * the first visit, or for an unknown user).
     */
    @Transactional
    public Optional<Instant> recordVisit(String username, Instant now) {
        Objects.requireNonNull(now, "now");
        Timestamp at = Timestamp.from(now);
        Timestamp visitStart = Timestamp.from(now.minus(VISIT_GAP));
        return jdbc.sql("""
                        insert into user_visit(user_id, last_seen_at)
                        select id, :now from app_user where username = :u
                        on conflict (user_id) do update set
                            previous_seen_at = case when user_visit.last_seen_at < :visitStart
                                                    then user_visit.last_seen_at
                                                    else user_visit.previous_seen_at end,
                            last_seen_at = greatest(user_visit.last_seen_at, excluded.last_seen_at)
                        returning previous_seen_at
                        """)
                .param("now", at)
                .param("visitStart", visitStart)
                .param("u", username)
                .query((rs, n) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
                .optional()
                .flatMap(previous -> previous);
    }
}
