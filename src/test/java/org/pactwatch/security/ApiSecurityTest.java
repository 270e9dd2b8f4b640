package org.pactwatch.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pactwatch.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

class ApiSecurityTest extends IntegrationTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    UserService users;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyApiEndpointRefusesAnonymousCallers() throws Exception {
        Set<String> paths = new java.util.TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            info.getPatternValues().stream()
                    .filter(p -> p.startsWith("/api/"))
                    .map(p -> p.replaceAll("\\{[^}]+}", "1"))
                    .forEach(paths::add);
        }
        paths.add("/api/v1/deals");
        for (String path : paths) {
            for (String method : new String[] {"GET", "POST"}) {
                HttpResponse<String> response = send(method, path, null);
                assertThat(response.statusCode()).as(method + " " + path).isEqualTo(401);
            }
        }
    }

    @Test
    void healthIsPublicWithoutDetailsAndDetailedForAdmin() throws Exception {
        HttpResponse<String> anonymous = send("GET", "/actuator/health", null);
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.body()).contains("\"status\":\"UP\"").doesNotContain("components");

        HttpResponse<String> admin = send("GET", "/actuator/health", basic(ADMIN, ADMIN_PASSWORD));
        assertThat(admin.body()).contains("components").contains("db");
    }

    @Test
    void metricsNeedTheAdminRole() throws Exception {
        createUser("metrics-analyst", EnumSet.of(Role.ANALYST));
        assertThat(send("GET", "/actuator/metrics", null).statusCode()).isEqualTo(401);
        assertThat(send("GET", "/actuator/metrics", basic("metrics-analyst", "analyst-pass-1"))
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> admin = send("GET", "/actuator/metrics", basic(ADMIN, ADMIN_PASSWORD));
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).contains("jvm.memory.used");
    }

    @Test
    void apiTokensAuthenticateUntilRevoked() throws Exception {
        createUser("token-user", EnumSet.of(Role.ANALYST));
        String secret = tokens.create("token-user", "ci");
        assertThat(send("GET", "/api/v1/deals?size=1", "Bearer " + secret).statusCode())
                .isEqualTo(200);
        long id = tokens.list("token-user").getFirst().id();
        tokens.revoke("token-user", id);
        assertThat(send("GET", "/api/v1/deals?size=1", "Bearer " + secret).statusCode())
                .isEqualTo(401);
    }

    @Test
    void apiTokensExpire() throws Exception {
        createUser("expiring-user", EnumSet.of(Role.ANALYST));
        String secret = tokens.create("expiring-user", "ci");
        ApiTokenService.ApiToken token = tokens.list("expiring-user").getFirst();
        assertThat(token.expiresAt()).isAfter(java.time.Instant.now().plus(java.time.Duration.ofDays(89)));
        assertThat(send("GET", "/api/v1/deals?size=1", "Bearer " + secret).statusCode())
                .isEqualTo(200);
        jdbc.sql("update api_token set expires_at = now() - interval '1 minute' where id = :id")
                .param("id", token.id())
                .update();
        assertThat(send("GET", "/api/v1/deals?size=1", "Bearer " + secret).statusCode())
                .isEqualTo(401);
    }

    @Test
    void wrongPasswordsAreThrottledAfterFiveFailures() throws Exception {
        createUser("throttled-user", EnumSet.of(Role.ANALYST));
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            assertThat(send("GET", "/api/v1/nothing-here", basic("throttled-user", "wrong-password"))
                            .statusCode())
                    .isEqualTo(401);
        }
        assertThat(send("GET", "/api/v1/nothing-here", basic("throttled-user", "analyst-pass-1"))
                        .statusCode())
                .as("the right password is refused while throttled")
                .isEqualTo(401);
        String secret = tokens.create("throttled-user", "ci");
        assertThat(send("GET", "/api/v1/deals?size=1", "Bearer " + secret).statusCode())
                .as("a personal API token still works while password guessing is throttled")
                .isEqualTo(200);
    }

    @Test
    void failedCallsAnswerJsonWithTheirOwnStatusNotAForbiddenErrorPage() throws Exception {
        String admin = basic(ADMIN, ADMIN_PASSWORD);
        HttpResponse<String> unknownPost = send("POST", "/api/v1/nothing-here", admin);
        assertThat(unknownPost.statusCode()).isEqualTo(404);
        assertThat(unknownPost.body()).contains("\"error\":");

        HttpResponse<String> wrongMethod = send("DELETE", "/api/v1/deals", admin);
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.body()).contains("\"error\":");
    }

    @Test
    void adminIsCreatedOnFirstStartAndPasswordsAreBcrypt() {
        assertThat(users.find(ADMIN)).get().satisfies(u -> assertThat(u.roles()).contains(Role.ADMIN));
    }

    private void createUser(String name, Set<Role> roles) {
        if (users.find(name).isEmpty()) {
            users.create("test", name, "analyst-pass-1", roles);
        }
    }

    private HttpResponse<String> send(String method, String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .method(method, HttpRequest.BodyPublishers.ofString(method.equals("GET") ? "" : "{}"))
                .header("Content-Type", "application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
