package org.pactwatch.ui;

import com.vaadin.flow.spring.security.AuthenticationContext;
import org.pactwatch.security.Role;

/** Role checks for showing or hiding edit controls (the services enforce the same rules). */
final class Roles {

    private Roles() {}

    static boolean canEdit(AuthenticationContext authentication) {
        return authentication.hasRole(Role.Names.ANALYST) || authentication.hasRole(Role.Names.ADMIN);
    }

    static String user(AuthenticationContext authentication) {
        return authentication.getPrincipalName().orElse("unknown");
    }
}
