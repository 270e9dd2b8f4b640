package org.pactwatch.search.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pactwatch.search.InvalidQueryException;
import org.pactwatch.search.SearchParameters;
import org.pactwatch.search.SearchRequest;
import org.pactwatch.search.SearchResult;
import org.pactwatch.search.SearchService;
import org.pactwatch.security.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Full-text search over deals and documents, with facets and highlighted snippets. */
@RestController
@RequestMapping("/api/v1/search")
@Tag(name = "Search", description = "Lucene search over deals and documents")
class SearchController {

    static final String READ =
            "hasAnyRole('" + Role.Names.ANALYST + "','" + Role.Names.STRATEGIST + "','" + Role.Names.REGULATOR + "')";

    private final SearchService search;

    SearchController(SearchService search) {
        this.search = search;
    }

    @GetMapping
    @PreAuthorize(READ)
    @Operation(
            summary = "Search deals or documents",
            description = "Lucene classic syntax: phrases, AND/OR/NOT (AND is the default), field:value "
                    + "(company, type, status, source_kind, review_state, publisher, title, body), wildcards "
                    + "(also leading), ranges such as amount_usd:[1e9 TO *], published:[2023-01-01 TO 2023-12-31], "
                    + "year:[2020 TO 2022]. Facet filters narrow by facet value; snippets give the matched words "
                    + "as offsets into plain text.")
    SearchResult search(
            @RequestParam(required = false, defaultValue = "") String q,
            @Parameter(description = "deals (default) or documents") @RequestParam(defaultValue = "deals") String type,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            @Parameter(description = "relevance (default), date or amount") @RequestParam(defaultValue = "relevance")
                    String sort,
            @Parameter(description = "first date, YYYY-MM-DD") @RequestParam(required = false) String from,
            @Parameter(description = "last date, YYYY-MM-DD") @RequestParam(required = false) String to,
            @Parameter(description = "facet filter: company name (repeatable)") @RequestParam(required = false)
                    List<String> company,
            @Parameter(description = "facet filter: deal type (repeatable)")
                    @RequestParam(name = "dealType", required = false)
                    List<String> dealType,
            @Parameter(description = "facet filter: year (repeatable)") @RequestParam(required = false)
                    List<String> year,
            @Parameter(description = "facet filter: NEWS or FILING (repeatable)") @RequestParam(required = false)
                    List<String> sourceKind,
            @Parameter(description = "facet filter: deal status (repeatable)") @RequestParam(required = false)
                    List<String> status) {
        if (page < 0 || size < 1 || size > LuceneSearchService.MAX_PAGE) {
            throw new InvalidQueryException("page must be ≥ 0 and size between 1 and " + LuceneSearchService.MAX_PAGE);
        }
        if ((long) page * size > Integer.MAX_VALUE) {
            throw new InvalidQueryException("page × size must stay below " + Integer.MAX_VALUE);
        }
        Map<String, List<String>> facets = new LinkedHashMap<>();
        put(facets, "company", company);
        put(facets, "type", dealType);
        put(facets, "year", year);
        put(facets, "sourceKind", sourceKind);
        put(facets, "status", status);
        SearchRequest request = new SearchRequest(
                q,
                SearchParameters.target(type),
                facets,
                SearchParameters.date(from, "from"),
                SearchParameters.date(to, "to"),
                SearchParameters.sort(sort),
                page * size,
                size);
        return search.search(request);
    }

    private static void put(Map<String, List<String>> facets, String dim, List<String> values) {
        if (values != null && !values.isEmpty()) {
            facets.put(dim, new ArrayList<>(values));
        }
    }

    @ExceptionHandler(InvalidQueryException.class)
    ResponseEntity<Map<String, String>> invalid(InvalidQueryException e) {
        return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, String>> mismatch(MethodArgumentTypeMismatchException e) {
        return ResponseEntity.badRequest().body(Map.of("error", "page and size must be numbers"));
    }
}
