package org.pactwatch.search;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A search written as URL query parameters — the same names as {@code GET /api/v1/search}: {@code q}, {@code type}
 * (deals or documents), {@code sort}, {@code from}, {@code to} and the facet filters {@code company},
 * {@code dealType}, {@code year}, {@code sourceKind}, {@code status} (repeatable). Bookmarks, shared links and
 * saved searches all use this form. Paging is not part of it.
 */
public final class SearchParameters {

    /** URL parameter → facet dimension of {@link SearchRequest#facets()}. */
    public static final Map<String, String> FACET_PARAMETERS = facetParameters();

    private SearchParameters() {}

    /** Reads a search; throws {@link InvalidQueryException} for an unknown type or sort or a malformed date. */
    public static SearchRequest parse(Map<String, List<String>> parameters) {
        String q = first(parameters, "q");
        Map<String, List<String>> facets = new LinkedHashMap<>();
        FACET_PARAMETERS.forEach((parameter, dimension) -> {
            List<String> values = parameters.getOrDefault(parameter, List.of()).stream()
                    .filter(v -> v != null && !v.isBlank())
                    .distinct()
                    .toList();
            if (!values.isEmpty()) {
                facets.put(dimension, values);
            }
        });
        return new SearchRequest(
                q == null ? "" : q,
                target(first(parameters, "type")),
                facets,
                date(first(parameters, "from"), "from"),
                date(first(parameters, "to"), "to"),
                sort(first(parameters, "sort")),
                0,
                20);
    }

    /** Reads a query string such as {@code q=anthropic&dealType=INVESTMENT}. */
    public static SearchRequest parse(String queryString) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (queryString != null && !queryString.isBlank()) {
            for (String pair : queryString.strip().replaceFirst("^\\?", "").split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                parameters.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            }
        }
        return parse(parameters);
    }

    /** The parameters of a search, defaults left out, in a stable order. */
    public static Map<String, List<String>> format(SearchRequest request) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (request.query() != null && !request.query().isBlank()) {
            parameters.put("q", List.of(request.query()));
        }
        if (request.target() == SearchRequest.Target.DOCUMENTS) {
            parameters.put("type", List.of("documents"));
        }
        if (request.sort() != null && request.sort() != SearchRequest.Sort.RELEVANCE) {
            parameters.put("sort", List.of(request.sort().name().toLowerCase(Locale.ROOT)));
        }
        if (request.from() != null) {
            parameters.put("from", List.of(request.from().toString()));
        }
        if (request.to() != null) {
            parameters.put("to", List.of(request.to().toString()));
        }
        FACET_PARAMETERS.forEach((parameter, dimension) -> {
            List<String> values =
                    request.facets() == null ? null : request.facets().get(dimension);
            if (values != null && !values.isEmpty()) {
                parameters.put(parameter, List.copyOf(values));
            }
        });
        return parameters;
    }

    /** The URL-encoded query string of a search (no leading "?"). */
    public static String toQueryString(SearchRequest request) {
        return format(request).entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(v -> encode(e.getKey()) + "=" + encode(v)))
                .collect(Collectors.joining("&"));
    }

    private static Map<String, String> facetParameters() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("company", "company");
        map.put("dealType", "type");
        map.put("year", "year");
        map.put("sourceKind", "sourceKind");
        map.put("status", "status");
        return java.util.Collections.unmodifiableMap(map);
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    /**
     * The {@code type} parameter: deals (the default, also when absent or blank) or documents; throws {@link
     * InvalidQueryException} for anything else.
     */
    public static SearchRequest.Target target(String type) {
        if (type == null || type.isBlank()) {
            return SearchRequest.Target.DEALS;
        }
        return switch (type.strip().toLowerCase(Locale.ROOT)) {
            case "deals", "deal" -> SearchRequest.Target.DEALS;
            case "documents", "document", "docs" -> SearchRequest.Target.DOCUMENTS;
            default -> throw new InvalidQueryException("type must be deals or documents");
        };
    }

    /**
     * The {@code sort} parameter: relevance (the default, also when absent or blank), date or amount; throws
     * {@link InvalidQueryException} for anything else.
     */
    public static SearchRequest.Sort sort(String sort) {
        if (sort == null || sort.isBlank()) {
            return SearchRequest.Sort.RELEVANCE;
        }
        return switch (sort.strip().toLowerCase(Locale.ROOT)) {
            case "relevance", "score" -> SearchRequest.Sort.RELEVANCE;
            case "date", "published" -> SearchRequest.Sort.DATE;
            case "amount", "amount_usd", "usd" -> SearchRequest.Sort.AMOUNT;
            default -> throw new InvalidQueryException("sort must be relevance, date or amount");
        };
    }

    /**
     * The date parameter {@code name} ({@code from} or {@code to}) as YYYY-MM-DD, null when absent or blank; throws
     * {@link InvalidQueryException} naming the parameter when it is malformed.
     */
    public static LocalDate date(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidQueryException(name + " must be a date like 2024-03-31");
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidQueryException("the search link is malformed");
        }
    }
}
