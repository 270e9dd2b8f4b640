package org.pactwatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pactwatch.security.Role;
import org.pactwatch.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document as a contract: the live {@code /v3/api-docs} passes Redocly CLI's recommended rules (with
 * the exceptions in redocly.yaml, each with its reason), equals the snapshot that the test client is generated from
 * (pom: openapi-generator-maven-plugin; GeneratedClientTest), secures every operation and declares its errors, and
 * the 401 and 403 it declares answer the error body it describes.
 */
class OpenApiDocumentTest extends IntegrationTest {

    static final Path SNAPSHOT = Path.of("src/test/resources/openapi/pactwatch.json");
    private static final Path LIVE_COPY = Path.of("target/openapi/pactwatch.json");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    JsonMapper json;

    @Autowired
    UserService users;

    private JsonNode live;

    @BeforeEach
    void fetchTheLiveDocument() throws Exception {
        HttpResponse<String> response = get("/v3/api-docs", null);
        assertThat(response.statusCode()).isEqualTo(200);
        live = json.readTree(response.body());
        Files.createDirectories(LIVE_COPY.getParent());
        Files.writeString(LIVE_COPY, json.writerWithDefaultPrettyPrinter().writeValueAsString(live) + "\n");
    }

    @Test
    void passesRedoclysRecommendedRules() {
        Redocly redocly = Redocly.installed();
        Redocly.Result result =
                redocly.lint(LIVE_COPY.toAbsolutePath(), Path.of("redocly.yaml").toAbsolutePath());
        JsonNode report = json.readTree(result.output());
        JsonNode totals = report.path("totals");
        if (totals.path("errors").asInt(-1) != 0 || totals.path("warnings").asInt(-1) != 0) {
            Redocly.Result readable = redocly.lintReadably(
                    LIVE_COPY.toAbsolutePath(), Path.of("redocly.yaml").toAbsolutePath());
            throw new AssertionError("Redocly finds problems in /v3/api-docs (copy in " + LIVE_COPY + "):\n"
                    + readable.output() + readable.errors());
        }
        assertThat(result.exitCode()).as(result.errors()).isZero();
    }

    @Test
    void equalsTheSnapshotTheClientIsGeneratedFrom() throws Exception {
        if (Boolean.getBoolean("pactwatch.openapi.update")) {
            Files.writeString(SNAPSHOT, json.writerWithDefaultPrettyPrinter().writeValueAsString(live) + "\n");
        }
        JsonNode snapshot = json.readTree(Files.readString(SNAPSHOT, StandardCharsets.UTF_8));
        List<String> differences = new ArrayList<>();
        diff("", snapshot, live, differences);
        assertThat(differences).as("""
                        /v3/api-docs differs from %s at these JSON pointers. If the change is meant, copy %s over \
                        it (or run ./pactwatch test -Dtest=OpenApiDocumentTest -Dpactwatch.openapi.update=true) \
                        and commit it with the change: the generated client is built from it""".formatted(SNAPSHOT, LIVE_COPY)).isEmpty();
    }

    @Test
    void everyOperationIsSecuredSummarizedAndDeclaresItsErrors() {
        JsonNode schemes = live.path("components").path("securitySchemes");
        assertThat(schemes.path("basicAuth").path("scheme").asString()).isEqualTo("basic");
        assertThat(schemes.path("apiToken").path("scheme").asString()).isEqualTo("bearer");
        Set<String> operationIds = new TreeSet<>();
        for (var path : live.path("paths").properties()) {
            for (var entry : path.getValue().properties()) {
                if (!METHODS.contains(entry.getKey())) {
                    continue;
                }
                String name = entry.getKey().toUpperCase() + " " + path.getKey();
                JsonNode operation = entry.getValue();
                assertThat(operationIds.add(operation.path("operationId").asString()))
                        .as(name + " has a unique operationId")
                        .isTrue();
                assertThat(operation.path("summary").asString()).as(name).isNotBlank();
                assertThat(operation.path("description").asString()).as(name).isNotBlank();
                assertThat(operation.path("tags").isEmpty())
                        .as(name + " has tags")
                        .isFalse();
                assertThat(path.getKey()).as(name).startsWith("/api/");
                assertThat(operation.path("security").toString())
                        .as(name)
                        .isEqualTo("[{\"basicAuth\":[]},{\"apiToken\":[]}]");
                JsonNode responses = operation.path("responses");
                assertThat(responses.path("401").path("$ref").asString())
                        .as(name)
                        .isEqualTo("#/components/responses/Unauthorized");
                assertThat(responses.path("403").path("$ref").asString())
                        .as(name)
                        .isEqualTo("#/components/responses/Forbidden");
                if (path.getKey().contains("{")) {
                    assertThat(responses.has("404"))
                            .as(name + " looks up an id")
                            .isTrue();
                }
                if (operation.has("parameters") || operation.has("requestBody")) {
                    assertThat(responses.has("400")).as(name + " takes input").isTrue();
                }
            }
        }
        assertThat(operationIds).contains("createSource", "runSource", "getJob", "search", "listDeals", "createExport");
        JsonNode error = live.path("components").path("schemas").path("ApiError");
        assertThat(error.path("required").toString()).isEqualTo("[\"error\"]");
    }

    @Test
    void unauthorizedAndForbiddenAnswerTheDeclaredErrorBody() throws Exception {
        HttpResponse<String> anonymous = get("/api/v1/sources", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(json.readTree(anonymous.body()).path("error").asString()).contains("Bearer pw_");
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).isEmpty();

        if (users.find("openapi-regulator").isEmpty()) {
            users.create("test", "openapi-regulator", "regulator-pass-1", Set.of(Role.REGULATOR));
        }
        String basic = "Basic "
                + java.util.Base64.getEncoder()
                        .encodeToString("openapi-regulator:regulator-pass-1".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> forbidden = get("/api/v1/sources", basic);
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(json.readTree(forbidden.body()).path("error").asString()).isNotBlank();
    }

    /** JSON pointers where the two trees differ (objects by key, whatever the order; arrays by position). */
    private static void diff(String pointer, JsonNode expected, JsonNode actual, List<String> out) {
        if (out.size() >= 30) {
            return;
        }
        if (expected.isObject() && actual.isObject()) {
            Set<String> keys = new TreeSet<>(expected.propertyNames());
            keys.addAll(actual.propertyNames());
            for (String key : keys) {
                String child = pointer + "/" + key.replace("~", "~0").replace("/", "~1");
                if (!expected.has(key)) {
                    out.add(child + " (new)");
                } else if (!actual.has(key)) {
                    out.add(child + " (gone)");
                } else {
                    diff(child, expected.get(key), actual.get(key), out);
                }
            }
        } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            for (int i = 0; i < expected.size(); i++) {
                diff(pointer + "/" + i, expected.get(i), actual.get(i), out);
            }
        } else if (!expected.equals(actual)) {
            out.add(pointer + ": " + abbreviate(expected) + " → " + abbreviate(actual));
        }
    }

    private static String abbreviate(JsonNode node) {
        String text = node.toString();
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
