package org.pactwatch.ui;

import com.vaadin.flow.spring.security.AuthenticationContext;
import org.pactwatch.security.Role;

/**
 * Who is looking at a view: the user name the services record, and whether edit controls are shown (the services
 * enforce the same rules).
 */
record Viewer(String name, boolean canEdit) {

    /** The signed-in user; "unknown" when the context names nobody. */
    static Viewer of(AuthenticationContext authentication) {
        return new Viewer(
                authentication.getPrincipalName().orElse("unknown"),
                authentication.hasRole(Role.Names.ANALYST) || authentication.hasRole(Role.Names.ADMIN));
    }
}
