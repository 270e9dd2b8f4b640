package org.pactwatch.security;

import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;

/**
 * The OpenAPI document at {@code /v3/api-docs}, made a contract by rule rather than by annotations on every
 * method: every {@code /api/**} operation requires HTTP Basic or an API token and declares the errors it can
 * answer with the shared {@code {"error": "…"}} body — 400 when it takes parameters or a body, 401, 403 with the
 * roles of its {@code @PreAuthorize}, 404 when its path looks up an id, 413 for file uploads. Controllers give
 * summaries, operation ids and their success statuses; examples are JSON files in {@code openapi/examples} named
 * {@code <operationId>.request.json} or {@code <operationId>.<status>.json}. {@code OpenApiDocumentTest} lints
 * the document with Redocly's recommended rules and compares it with the snapshot the test client is built from.
 */
@Configuration
@ConditionalOnWebApplication
class OpenApiConfiguration {

    static final String BASIC = "basicAuth";
    static final String TOKEN = "apiToken";
    static final String ERROR_SCHEMA = "ApiError";
    private static final String JSON = org.springframework.http.MediaType.APPLICATION_JSON_VALUE;
    private static final Pattern ROLE = Pattern.compile("'([A-Z_]+)'");

    /** A standard error answer: the status, the name of its component and an example message. */
    private record ErrorAnswer(String status, String component, String description, String example) {}

    private static final ErrorAnswer BAD_REQUEST = new ErrorAnswer(
            "400",
            "BadRequest",
            "Bad input: a parameter or body field that is missing, malformed or out of range, or bad query syntax",
            "page must be ≥ 0 and size between 1 and 200");
    private static final ErrorAnswer UNAUTHORIZED = new ErrorAnswer(
            "401",
            "Unauthorized",
            "No credentials, a wrong password, or an unknown or revoked API token",
            "sign in with HTTP Basic or send an API token as Authorization: Bearer pw_…");
    private static final ErrorAnswer FORBIDDEN = new ErrorAnswer(
            "403", "Forbidden", "Signed in, but without a role this call needs", "your roles do not allow this call");
    private static final ErrorAnswer NOT_FOUND =
            new ErrorAnswer("404", "NotFound", "Nothing with this id (or key) exists", "no source 42");
    private static final ErrorAnswer CONTENT_TOO_LARGE =
            new ErrorAnswer("413", "ContentTooLarge", "The uploaded file is larger than 20 MB", "upload is too large");

    @Bean
    OpenAPI pactwatchOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Pactwatch API")
                        .version("v1")
                        .description("""
                                JSON API of Pactwatch: sources and ingest jobs, documents, deals and their review, \
                                search with facets, companies, saved searches, the strategist's timeline, comparison, \
                                graph and money loops, and evidence-grade exports.

                                Every call needs HTTP Basic (a Pactwatch user) or a personal API token, created on \
                                the My account page and sent as `Authorization: Bearer pw_…`. What a caller may do \
                                depends on the roles ANALYST, STRATEGIST and REGULATOR (ADMIN holds every role); each \
                                operation names the roles it needs. Errors answer `{"error": "…"}` with a readable \
                                message.""")
                        .contact(new Contact().name("Pactwatch operators").email("ops@pactwatch.example"))
                        // GPL because the app links Stanford CoreNLP, which is GPL v3 or later
                        .license(new License()
                                .name("GPL-3.0-or-later")
                                .url("https://www.gnu.org/licenses/gpl-3.0.html")))
                .servers(List.of(new Server().url("/").description("The Pactwatch instance serving this document")));
    }

    /** Simple class name of each API type seen, and the clashes found (see {@link #pactwatchSchemaNames}). */
    private final Map<String, Class<?>> schemaClasses = new ConcurrentHashMap<>();

    private final Set<String> schemaClashes = ConcurrentHashMap.newKeySet();

    /**
     * Notes two API types with one schema name. springdoc names a schema by the simple class name and keeps the
     * first class of a name, so a second one (DealView.Source next to ingest's Source) would be documented with
     * the first one's fields; a class that needs the name of another gets {@code @Schema(name = …)}. springdoc
     * swallows exceptions here, so the document rules refuse the document instead.
     */
    @Bean
    ModelConverter pactwatchSchemaNames() {
        return (type, context, chain) -> {
            Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
            io.swagger.v3.oas.annotations.media.Schema named =
                    raw.getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
            if (raw.getName().startsWith("org.pactwatch.")
                    && !raw.isEnum()
                    && (named == null || named.name().isEmpty())) {
                Class<?> first = schemaClasses.putIfAbsent(raw.getSimpleName(), raw);
                if (first != null && first != raw) {
                    schemaClashes.add(raw.getSimpleName() + " (" + first.getName() + " and " + raw.getName() + ")");
                }
            }
            return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
        };
    }

    /** Per operation, where the handler method is known: the roles it needs (403) and uploads (413). */
    @Bean
    OperationCustomizer pactwatchOperationRules() {
        return (operation, handler) -> {
            Set<String> roles = roles(handler);
            if (!roles.isEmpty()) {
                String needs = "Needs the role " + String.join(" or ", roles) + " (ADMIN holds every role).";
                operation.setDescription(
                        operation.getDescription() == null ? needs : operation.getDescription() + "\n\n" + needs);
                respond(operation, FORBIDDEN);
            }
            if (operation.getRequestBody() != null
                    && operation.getRequestBody().getContent() != null
                    && operation.getRequestBody().getContent().containsKey("multipart/form-data")) {
                respond(operation, CONTENT_TOO_LARGE);
            }
            return operation;
        };
    }

    /** The whole document: security schemes, the error answers by rule, examples, sorted tags. */
    @Bean
    OpenApiCustomizer pactwatchDocumentRules() {
        Map<String, Object> examples = examples();
        return openApi -> {
            if (!schemaClashes.isEmpty()) {
                throw new IllegalStateException("API types share a schema name, give one of each pair "
                        + "@Schema(name = …): " + new TreeSet<>(schemaClashes));
            }
            Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
            openApi.setComponents(components);
            components
                    .addSecuritySchemes(
                            BASIC,
                            new SecurityScheme()
                                    .type(SecurityScheme.Type.HTTP)
                                    .scheme("basic")
                                    .description("The user name and password of a Pactwatch user"))
                    .addSecuritySchemes(
                            TOKEN,
                            new SecurityScheme()
                                    .type(SecurityScheme.Type.HTTP)
                                    .scheme("bearer")
                                    .bearerFormat("pw_ followed by 48 hex digits")
                                    .description("A personal API token from the My account page"))
                    .addSchemas(
                            ERROR_SCHEMA,
                            new ObjectSchema()
                                    .description("The body of every error answer")
                                    .addProperty("error", new StringSchema().description("What went wrong, readably"))
                                    .addRequiredItem("error"));
            Set<ErrorAnswer> used = new HashSet<>();
            openApi.getPaths()
                    .forEach((path, item) -> operations(item).forEach(operation -> {
                        if (path.startsWith("/api/")) {
                            operation.setSecurity(List.of(
                                    new SecurityRequirement().addList(BASIC),
                                    new SecurityRequirement().addList(TOKEN)));
                            respond(operation, UNAUTHORIZED);
                        }
                        boolean takesInput = (operation.getParameters() != null
                                        && !operation.getParameters().isEmpty())
                                || operation.getRequestBody() != null;
                        if (takesInput || operation.getResponses().containsKey(BAD_REQUEST.status())) {
                            respond(operation, BAD_REQUEST);
                        }
                        if (path.contains("{")) {
                            respond(operation, NOT_FOUND);
                        }
                        addExamples(operation, examples);
                        for (ErrorAnswer answer :
                                List.of(BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONTENT_TOO_LARGE)) {
                            if (operation.getResponses().containsKey(answer.status())) {
                                used.add(answer);
                            }
                        }
                        operation.setResponses(sorted(operation.getResponses()));
                    }));
            for (ErrorAnswer answer : used) {
                components.addResponses(answer.component(), errorResponse(answer));
            }
            if (openApi.getTags() != null) {
                openApi.setTags(openApi.getTags().stream()
                        .sorted(Comparator.comparing(Tag::getName))
                        .toList());
            }
        };
    }

    private static void respond(Operation operation, ErrorAnswer answer) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        operation
                .getResponses()
                .addApiResponse(
                        answer.status(), new ApiResponse().$ref("#/components/responses/" + answer.component()));
    }

    private static ApiResponse errorResponse(ErrorAnswer answer) {
        Map<String, String> example = Map.of("error", answer.example());
        return new ApiResponse()
                .description(answer.description())
                .content(new Content()
                        .addMediaType(
                                JSON,
                                new MediaType()
                                        .schema(new ObjectSchema().$ref("#/components/schemas/" + ERROR_SCHEMA))
                                        .example(example)));
    }

    /** Responses in status order, so that the document (and its snapshot) does not depend on the rules' order. */
    private static ApiResponses sorted(ApiResponses responses) {
        ApiResponses sorted = new ApiResponses();
        responses.keySet().stream().sorted().forEach(code -> sorted.addApiResponse(code, responses.get(code)));
        return sorted;
    }

    private static void addExamples(Operation operation, Map<String, Object> examples) {
        String id = operation.getOperationId();
        Object request = examples.get(id + ".request");
        if (request != null && operation.getRequestBody() != null) {
            MediaType json = operation.getRequestBody().getContent().get(JSON);
            if (json != null) {
                json.setExample(request);
            }
        }
        operation.getResponses().forEach((status, response) -> {
            Object body = examples.get(id + "." + status);
            if (body != null
                    && response.getContent() != null
                    && response.getContent().get(JSON) != null) {
                response.getContent().get(JSON).setExample(body);
            }
        });
    }

    private static List<Operation> operations(PathItem item) {
        return item.readOperations();
    }

    /** The role names in the {@code @PreAuthorize} of the handler method, else of its class. */
    static Set<String> roles(HandlerMethod handler) {
        PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
        if (rule == null) {
            rule = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
        }
        Set<String> roles = new TreeSet<>();
        if (rule != null) {
            Matcher matcher = ROLE.matcher(rule.value());
            while (matcher.find()) {
                roles.add(matcher.group(1));
            }
        }
        return roles;
    }

    /** The example files, by file name without {@code .json}, parsed with the JSON mapper the document uses. */
    private static Map<String, Object> examples() {
        Map<String, Object> examples = new LinkedHashMap<>();
        try {
            for (Resource resource :
                    new PathMatchingResourcePatternResolver().getResources("classpath:openapi/examples/*.json")) {
                String name = resource.getFilename();
                try (var in = resource.getInputStream()) {
                    examples.put(
                            name.substring(0, name.length() - ".json".length()),
                            Json.mapper().readTree(in));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OpenAPI examples", e);
        }
        return examples;
    }
}
