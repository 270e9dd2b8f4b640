package org.pactwatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pactwatch.IntegrationTest;
import org.pactwatch.security.Role;
import org.pactwatch.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ExportApiTest extends IntegrationTest {

    static final String REGULATOR = "api-regulator";
    static final String PASSWORD = "regulator-pass-1";

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    UserService users;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void setUp() {
        TieUpFixture.load(dataSource);
        createUser(REGULATOR, EnumSet.of(Role.REGULATOR));
        createUser("api-analyst", EnumSet.of(Role.ANALYST));
        createUser("api-strategist", EnumSet.of(Role.STRATEGIST));
    }

    @Test
    void postReturnsTheFileRecordsItAndServesItAgain() throws Exception {
        HttpResponse<byte[]> pdf = post(REGULATOR, """
                {"companies":["Amazon","Anthropic"],"from":"2023-01-01","to":"2025-12-31","format":"PDF"}""");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(v -> assertThat(v)
                        .startsWith("attachment; filename=\"tieup-amazon-anthropic-")
                        .endsWith(".pdf\""));
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String sha = sha256(pdf.body());
        assertThat(pdf.headers().firstValue("X-Content-SHA256")).hasValue(sha);
        long id = Long.parseLong(pdf.headers().firstValue("X-Export-Id").orElseThrow());

        JsonNode list = json.readTree(get(REGULATOR, "/api/v1/exports").body());
        JsonNode mine = null;
        for (JsonNode item : list) {
            if (item.get("id").asLong() == id) {
                mine = item;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.get("sha256").asString()).isEqualTo(sha);
        assertThat(mine.get("format").asString()).isEqualTo("PDF");
        assertThat(mine.get("createdBy").asString()).isEqualTo(REGULATOR);
        assertThat(mine.get("scope").get("companies").toString()).isEqualTo("[\"Amazon\",\"Anthropic\"]");
        assertThat(mine.get("scope").get("from").asString()).isEqualTo("2023-01-01");

        HttpResponse<byte[]> again = get(REGULATOR, "/api/v1/exports/" + id);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(pdf.body());

        String audit = jdbc.sql("""
                        select after_state::text from audit_log
                         where action = 'EXPORT' and entity_type = 'export_record' and entity_id = :id and actor = :actor
                        """)
                .param("id", String.valueOf(id))
                .param("actor", REGULATOR)
                .query(String.class)
                .single();
        assertThat(audit).contains(sha).contains("\"format\": \"PDF\"").contains("Anthropic");
    }

    @Test
    void everyFormatHasItsContentType() throws Exception {
        for (var expected : java.util.Map.of(
                        "CSV", "text/csv",
                        "JSON", "application/json",
                        "XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .entrySet()) {
            HttpResponse<byte[]> response = post(
                    REGULATOR,
                    "{\"companies\":[\"AWS\"],\"format\":\"" + expected.getKey().toLowerCase() + "\"}");
            assertThat(response.statusCode()).as(expected.getKey()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith(expected.getValue());
            assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                    .contains("." + expected.getKey().toLowerCase());
        }
    }

    @Test
    void badScopesAndFormatsAreRefusedWith400AndAMessage() throws Exception {
        for (String body : new String[] {
            "{\"companies\":[\"Amazon\"],\"format\":\"DOCX\"}",
            "{\"companies\":[],\"format\":\"PDF\"}",
            "{\"companies\":[\"Amazon\",\"No Such Company\"],\"format\":\"PDF\"}",
            "{\"companies\":[\"Amazon\"],\"from\":\"last year\",\"format\":\"PDF\"}",
            "{\"companies\":[\"Amazon\"],\"from\":\"2025-01-01\",\"to\":\"2024-01-01\",\"format\":\"PDF\"}",
            "{\"companies\":[\"Amazon\"]}",
            "not json"
        }) {
            HttpResponse<byte[]> response = post(REGULATOR, body);
            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(json.readTree(response.body()).get("error").asString())
                    .as(body)
                    .isNotBlank();
        }
        assertThat(get(REGULATOR, "/api/v1/exports/999999999").statusCode()).isEqualTo(404);
    }

    @Test
    void onlyRegulatorsAndAdminsMayExport() throws Exception {
        String body = "{\"companies\":[\"Amazon\",\"Anthropic\"],\"format\":\"JSON\"}";
        for (String user : new String[] {"api-analyst", "api-strategist"}) {
            assertThat(post(user, body).statusCode()).as(user).isEqualTo(403);
            assertThat(get(user, "/api/v1/exports").statusCode()).as(user).isEqualTo(403);
            assertThat(get(user, "/api/v1/exports/1").statusCode()).as(user).isEqualTo(403);
        }
        HttpResponse<byte[]> admin = send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/exports"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)),
                ADMIN,
                ADMIN_PASSWORD);
        assertThat(admin.statusCode()).isEqualTo(200);
    }

    @Test
    void theJsonSchemaIsPublished() throws Exception {
        HttpResponse<byte[]> schema = get(REGULATOR, "/api/v1/exports/schema");
        assertThat(schema.statusCode()).isEqualTo(200);
        assertThat(schema.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/schema+json");
        assertThat(json.readTree(schema.body()).get("$schema").asString())
                .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }

    private HttpResponse<byte[]> post(String user, String body) throws Exception {
        return send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/exports"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)),
                user,
                user.equals(REGULATOR) ? PASSWORD : "other-pass-123");
    }

    private HttpResponse<byte[]> get(String user, String path) throws Exception {
        return send(
                HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET(),
                user,
                user.equals(REGULATOR) ? PASSWORD : "other-pass-123");
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request, String user, String password) throws Exception {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return http.send(
                request.header("Authorization", "Basic " + basic).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private void createUser(String name, Set<Role> roles) {
        if (users.find(name).isEmpty()) {
            users.create("test", name, name.equals(REGULATOR) ? PASSWORD : "other-pass-123", roles);
        }
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
