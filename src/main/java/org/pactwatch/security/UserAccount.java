package org.pactwatch.security;

import java.time.Instant;
import java.util.Set;

/** A user as the admin screens and the CLI see it (never the password hash). */
public record UserAccount(
        long id, String username, boolean enabled, Set<Role> roles, Instant createdAt, Instant lastLoginAt) {}
