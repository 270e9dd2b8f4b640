package org.pactwatch.deal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;
import org.pactwatch.security.Role;
import org.pactwatch.security.UserService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for API tests, with one user per role. */
public final class ApiClient {

    public static final String PASSWORD = "test-pass-123";

    public record Response(int status, JsonNode body, String raw) {}

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private final String baseUrl;

    public ApiClient(String baseUrl, UserService users) {
        this.baseUrl = baseUrl;
        ensure(users, "analyst", EnumSet.of(Role.ANALYST));
        ensure(users, "strategist", EnumSet.of(Role.STRATEGIST));
        ensure(users, "regulator", EnumSet.of(Role.REGULATOR));
    }

    private static synchronized void ensure(UserService users, String name, Set<Role> roles) {
        if (users.find(name).isEmpty()) {
            users.create("test", name, PASSWORD, roles);
        }
    }

    public Response get(String user, String path) {
        return send(user, HttpRequest.newBuilder(uri(path)).GET());
    }

    public Response post(String user, String path, String body) {
        return send(
                user,
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : body)));
    }

    public Response patch(String user, String path, String body) {
        return send(
                user,
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/json")
                        .method("PATCH", HttpRequest.BodyPublishers.ofString(body)));
    }

    private URI uri(String path) {
        return URI.create(baseUrl + path);
    }

    private Response send(String user, HttpRequest.Builder request) {
        if (user != null) {
            String password = user.equals("admin") ? "admin-pass-123" : PASSWORD;
            String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + token);
        }
        request.header("Accept", "application/json");
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String raw = response.body();
            JsonNode body = raw == null || raw.isBlank() || !raw.strip().startsWith("{") ? null : json.readTree(raw);
            return new Response(response.statusCode(), body, raw);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
