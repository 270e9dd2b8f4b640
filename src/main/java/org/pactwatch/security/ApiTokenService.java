package org.pactwatch.security;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.codec.digest.DigestUtils;
import org.pactwatch.shared.AuditLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Personal API tokens: shown once on creation, stored as SHA-256, revocable, expiring after a set number of days. */
@Service
public class ApiTokenService {

    public static final String PREFIX = "pw_";

    public record ApiToken(
            long id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt, Instant expiresAt) {}

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final SecureRandom random = new SecureRandom();
    private final int lifetimeDays;

    ApiTokenService(JdbcClient jdbc, AuditLog audit, @Value("${pactwatch.api-token-days:90}") int lifetimeDays) {
        if (lifetimeDays < 1) {
            throw new IllegalArgumentException("pactwatch.api-token-days must be at least 1, not " + lifetimeDays);
        }
        this.jdbc = jdbc;
        this.audit = audit;
        this.lifetimeDays = lifetimeDays;
    }

    /** Creates a token for the user and returns its secret, which is never stored. */
    @Transactional
    public String create(String username, String name) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new IllegalArgumentException("a token needs a name of 1-100 characters");
        }
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String secret = PREFIX + HexFormat.of().formatHex(bytes);
        long id = jdbc.sql("""
                insert into api_token(user_id, name, token_sha256, expires_at)
                select id, :name, :hash, now() + make_interval(days => :days) from app_user where username = :u
                returning id
                """)
                .param("name", name.strip())
                .param("days", lifetimeDays)
                .param("hash", DigestUtils.sha256Hex(secret))
                .param("u", username)
                .query(Long.class)
                .single();
        audit.record(username, "API_TOKEN_CREATED", "api_token", id, null, Map.of("name", name.strip()));
        return secret;
    }

    /** The user's API tokens, revoked ones included, without their secrets. */
    @Transactional(readOnly = true)
    public List<ApiToken> list(String username) {
        return jdbc.sql("""
                select t.id, t.name, t.created_at, t.last_used_at, t.revoked_at, t.expires_at
                from api_token t join app_user u on u.id = t.user_id
                where u.username = :u order by t.created_at desc
                """)
                .param("u", username)
                .query((rs, n) -> new ApiToken(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant(),
                        rs.getTimestamp(6).toInstant()))
                .list();
    }

    /** Revokes one of the user's API tokens. */
    @Transactional
    public void revoke(String username, long tokenId) {
        int updated = jdbc.sql("""
                update api_token set revoked_at = now()
                where id = :id and revoked_at is null and user_id = (select id from app_user where username = :u)
                """).param("id", tokenId).param("u", username).update();
        if (updated == 0) {
            throw new IllegalArgumentException("no active token " + tokenId);
        }
        audit.record(username, "API_TOKEN_REVOKED", "api_token", tokenId, null, null);
    }

    /** The user name a valid token (not revoked, not expired, its user enabled) belongs to. */
    @Transactional
    public Optional<String> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                update api_token t set last_used_at = now() from app_user u
                where t.token_sha256 = :hash and t.revoked_at is null and t.expires_at > now()
                  and u.id = t.user_id and u.enabled
                returning u.username
                """)
                .param("hash", DigestUtils.sha256Hex(secret))
                .query(String.class)
                .optional();
    }
}
