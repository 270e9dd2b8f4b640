package org.pactwatch.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates {@code Authorization: Bearer pw_…} API tokens. */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    private final ApiTokenService tokens;
    private final DatabaseUserDetailsService userDetails;
    private final SecurityContextHolderStrategy contexts;

    /** {@code contexts} must be the strategy Spring Security reads (Vaadin replaces the default one). */
    ApiTokenAuthenticationFilter(
            ApiTokenService tokens, DatabaseUserDetailsService userDetails, SecurityContextHolderStrategy contexts) {
        this.tokens = tokens;
        this.userDetails = userDetails;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.startsWith("Bearer ")) {
            tokens.authenticate(header.substring("Bearer ".length()).strip()).ifPresent(username -> {
                UserDetails user = userDetails.loadAccount(username);
                var authentication =
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
                var context = contexts.createEmptyContext();
                context.setAuthentication(authentication);
                contexts.setContext(context);
            });
        }
        chain.doFilter(request, response);
    }
}
