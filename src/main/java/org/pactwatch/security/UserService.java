package org.pactwatch.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.pactwatch.shared.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Manages users and their roles; every change is written to the audit log. */
@Service
public class UserService {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{2,64}");
    static final int MIN_PASSWORD_LENGTH = 8;

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;

    UserService(JdbcClient jdbc, PasswordEncoder passwordEncoder, AuditLog audit) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
    }

    /** How many user accounts exist. */
    @Transactional(readOnly = true)
    public long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    /** Every user account, by name. */
    @Transactional(readOnly = true)
    public List<UserAccount> list() {
        Map<Long, UserAccount> users = new LinkedHashMap<>();
        jdbc.sql("select id, username, enabled, created_at, last_login_at from app_user order by username")
                .query((rs, n) -> new UserAccount(
                        rs.getLong("id"),
                        rs.getString("username"),
                        rs.getBoolean("enabled"),
                        EnumSet.noneOf(Role.class),
                        rs.getTimestamp("created_at").toInstant(),
                        Optional.ofNullable(rs.getTimestamp("last_login_at"))
                                .map(Timestamp::toInstant)
                                .orElse(null)))
                .list()
                .forEach(u -> users.put(u.id(), u));
        jdbc.sql("select user_id, role from user_role")
                .query((rs, n) -> {
                    UserAccount user = users.get(rs.getLong("user_id"));
                    if (user != null) {
                        user.roles().add(Role.valueOf(rs.getString("role")));
                    }
                    return null;
                })
                .list();
        return users.values().stream()
                .sorted(Comparator.comparing(UserAccount::username))
                .toList();
    }

    /** The account with this user name, if any. */
    @Transactional(readOnly = true)
    public Optional<UserAccount> find(String username) {
        return list().stream().filter(u -> u.username().equals(username)).findFirst();
    }

    /** Creates a user; fails with a readable message for a bad name, a short password or a taken name. */
    @Transactional
    public UserAccount create(String actor, String username, String password, Set<Role> roles) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("user name must be 2-64 letters, digits or . _ @ - characters");
        }
        checkPassword(password);
        if (find(username).isPresent()) {
            throw new IllegalArgumentException("user " + username + " already exists");
        }
        long id = jdbc.sql("insert into app_user(username, password_hash) values (:u, :p) returning id")
                .param("u", username)
                .param("p", passwordEncoder.encode(password))
                .query(Long.class)
                .single();
        writeRoles(id, roles);
        audit.record(actor, "USER_CREATED", "user", username, null, Map.of("roles", roles));
        return find(username).orElseThrow();
    }

    /** Sets a user's password (by actor). */
    @Transactional
    public void setPassword(String actor, String username, String password) {
        checkPassword(password);
        int updated = jdbc.sql("update app_user set password_hash = :p where username = :u")
                .param("p", passwordEncoder.encode(password))
                .param("u", username)
                .update();
        requireUpdated(updated, username);
        audit.record(actor, "PASSWORD_SET", "user", username, null, null);
    }

    /** Replaces a user's roles (by actor). */
    @Transactional
    public void setRoles(String actor, String username, Set<Role> roles) {
        UserAccount before = find(username).orElseThrow(() -> unknown(username));
        writeRoles(before.id(), roles);
        audit.record(actor, "ROLES_SET", "user", username, Map.of("roles", before.roles()), Map.of("roles", roles));
    }

    /** Enables or disables a user's account (by actor). */
    @Transactional
    public void setEnabled(String actor, String username, boolean enabled) {
        requireUpdated(
                jdbc.sql("update app_user set enabled = :e where username = :u")
                        .param("e", enabled)
                        .param("u", username)
                        .update(),
                username);
        audit.record(actor, enabled ? "USER_ENABLED" : "USER_DISABLED", "user", username, null, null);
    }

    void recordLogin(String username) {
        jdbc.sql("update app_user set last_login_at = :now where username = :u")
                .param("now", Timestamp.from(Instant.now()))
                .param("u", username)
                .update();
    }

    private void writeRoles(long userId, Set<Role> roles) {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("a user needs at least one role");
        }
        jdbc.sql("delete from user_role where user_id = :id")
                .param("id", userId)
                .update();
        for (Role role : roles) {
            jdbc.sql("insert into user_role(user_id, role) values (:id, :role)")
                    .param("id", userId)
                    .param("role", role.name())
                    .update();
        }
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("password must have at least " + MIN_PASSWORD_LENGTH + " characters");
        }
    }

    private static void requireUpdated(int updated, String username) {
        if (updated == 0) {
            throw unknown(username);
        }
    }

    private static IllegalArgumentException unknown(String username) {
        return new IllegalArgumentException("no user named " + username);
    }
}
