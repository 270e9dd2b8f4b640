package org.pactwatch.security;

/** What a user may do. ADMIN implies every other role. */
public enum Role {
    ANALYST,
    STRATEGIST,
    REGULATOR,
    ADMIN;

    /** Role names as used in {@code @RolesAllowed} and {@code hasRole}. */
    public static final class Names {
        public static final String ANALYST = "ANALYST";
        public static final String STRATEGIST = "STRATEGIST";
        public static final String REGULATOR = "REGULATOR";
        public static final String ADMIN = "ADMIN";

        private Names() {}
    }

    /** The Spring Security authority of the role (ROLE_ and its name). */
    public String authority() {
        return "ROLE_" + name();
    }
}
