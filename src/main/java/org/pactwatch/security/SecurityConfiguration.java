package org.pactwatch.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Three filter chains: the JSON API (HTTP Basic or API token, stateless, no CSRF; 401 and 403 answer
 * {@code {"error": "…"}} like every other API error), actuator (health
 * public, the rest ADMIN) and the Vaadin UI (form login, Vaadin's CSRF protection).
 */
@Configuration
@ConditionalOnWebApplication
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    /** 401 with the API's error body and no WWW-Authenticate (a browser would pop up its login dialog). */
    static final AuthenticationEntryPoint API_UNAUTHORIZED = (request, response, e) -> error(
            response,
            HttpStatus.UNAUTHORIZED,
            "sign in with HTTP Basic or send an API token as Authorization: Bearer pw_…");

    /** 403 with the API's error body, for a caller whose roles do not allow the call. */
    static final AccessDeniedHandler API_FORBIDDEN =
            (request, response, e) -> error(response, HttpStatus.FORBIDDEN, "your roles do not allow this call");

    private static void error(HttpServletResponse response, HttpStatus status, String message) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"error\":\"" + message + "\"}");
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(
            HttpSecurity http,
            ApiTokenService tokens,
            DatabaseUserDetailsService users,
            org.springframework.beans.factory.ObjectProvider<SecurityContextHolderStrategy> strategies)
            throws Exception {
        SecurityContextHolderStrategy contexts =
                strategies.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(API_UNAUTHORIZED))
                .exceptionHandling(
                        e -> e.authenticationEntryPoint(API_UNAUTHORIZED).accessDeniedHandler(API_FORBIDDEN))
                .addFilterBefore(
                        new ApiTokenAuthenticationFilter(tokens, users, contexts), BasicAuthenticationFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // stateless and never a browser form: a token or Basic header, so no CSRF token either
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /** JSON only: nothing may load, frame or run from an API answer. */
    static final String API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /**
     * Vaadin's bootstrap and Lumo need inline scripts and styles and eval; everything else is limited to this
     * origin, and no page may be framed.
     */
    static final String UI_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /**
     * Every answer gets its security headers from one filter ahead of the security chains (headers set in the
     * Vaadin chain did not reach the pages Vaadin serves); API answers get the stricter policy.
     */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> uiSecurityHeaders() {
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
                response.setHeader("Content-Security-Policy", api ? API_CSP : UI_CSP);
                response.setHeader("X-Frame-Options", "DENY");
                response.setHeader("X-Content-Type-Options", "nosniff");
                response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
                chain.doFilter(request, response);
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    @Order(2)
    SecurityFilterChain actuatorChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(auth -> auth.requestMatchers(EndpointRequest.to("health"))
                        .permitAll()
                        .anyRequest()
                        .hasRole(Role.Names.ADMIN))
                .httpBasic(basic -> {})
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain openApiChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/v3/api-docs/**", "/v3/api-docs", "/swagger-ui/**", "/swagger-ui.html")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain vaadinChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/images/**", "/icons/**", "/feeds/**", "/error")
                .permitAll());
        return http.with(vaadin(), vaadin -> vaadin.loginView("/login")).build();
    }
}
