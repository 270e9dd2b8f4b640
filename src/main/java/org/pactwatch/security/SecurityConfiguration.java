package org.pactwatch.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
                .csrf(csrf -> csrf.disable())
                .build();
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
