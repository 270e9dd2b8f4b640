package org.pactwatch.security;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Loads users from PostgreSQL; an ADMIN is granted every role. A user whose password is being guessed is
 * refused a password sign-in for a while, but keeps working through API tokens, which a guesser cannot have.
 */
@Component
class DatabaseUserDetailsService implements UserDetailsService {

    private final JdbcClient jdbc;
    private final LoginThrottle throttle;

    DatabaseUserDetailsService(JdbcClient jdbc, LoginThrottle throttle) {
        this.jdbc = jdbc;
        this.throttle = throttle;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        if (throttle.isBlocked(username)) {
            throw new LockedException("Too many failed sign-ins; wait a minute and try again");
        }
        return loadAccount(username);
    }

    /** The account without the password throttle, for callers that proved who they are otherwise. */
    UserDetails loadAccount(String username) {
        record Row(long id, String hash, boolean enabled) {}
        Row row = jdbc.sql("select id, password_hash, enabled from app_user where username = :u")
                .param("u", username)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getBoolean(3)))
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
        Set<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.sql("select role from user_role where user_id = :id")
                .param("id", row.id())
                .query(String.class)
                .list()
                .forEach(r -> roles.add(Role.valueOf(r)));
        return User.withUsername(username)
                .password(row.hash())
                .disabled(!row.enabled())
                .authorities(authorities(roles))
                .build();
    }

    static List<GrantedAuthority> authorities(Set<Role> roles) {
        Set<Role> effective = roles.contains(Role.ADMIN) ? EnumSet.allOf(Role.class) : roles;
        List<GrantedAuthority> authorities = new ArrayList<>();
        effective.forEach(r -> authorities.add(new SimpleGrantedAuthority(r.authority())));
        return authorities;
    }
}
