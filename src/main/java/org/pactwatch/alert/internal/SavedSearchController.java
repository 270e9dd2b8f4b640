package org.pactwatch.alert.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pactwatch.alert.FeedLink;
import org.pactwatch.alert.SavedSearch;
import org.pactwatch.alert.SavedSearchService;
import org.pactwatch.search.InvalidQueryException;
import org.pactwatch.search.SearchParameters;
import org.pactwatch.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The caller's saved searches: list, create, delete, and the secret link of each one's Atom feed. */
@RestController
@RequestMapping("/api/v1/saved-searches")
@Tag(name = "Saved searches", description = "Searches you keep; new matching deals raise alerts and feed entries")
class SavedSearchController {

    static final String READ =
            "hasAnyRole('" + Role.Names.ANALYST + "','" + Role.Names.STRATEGIST + "','" + Role.Names.REGULATOR + "')";

    /**
     * A search to save. {@code q} is Lucene syntax as in {@code GET /api/v1/search}; {@code type} deals (default)
     * or documents; {@code filters} the facet filters by the same parameter names (company, dealType, year,
     * sourceKind, status); alternatively {@code search} gives the whole search as a query string, as in the
     * Search view's URL ({@code q=anthropic&dealType=INVESTMENT}).
     */
    record SaveRequest(
            String name,
            String q,
            String type,
            String sort,
            String from,
            String to,
            Map<String, List<String>> filters,
            String search) {}

    /** A saved search; {@code feedUrl} is only given when a feed link was just created (it is shown once). */
    record SavedSearchJson(
            long id,
            String name,
            String search,
            String target,
            String searchUrl,
            boolean feedActive,
            String feedUrl,
            long unreadAlerts,
            String createdAt) {}

    private final SavedSearchService savedSearches;

    SavedSearchController(SavedSearchService savedSearches) {
        this.savedSearches = savedSearches;
    }

    @GetMapping
    @PreAuthorize(READ)
    @Operation(operationId = "listSavedSearches", summary = "Your saved searches, newest first")
    List<SavedSearchJson> list(Principal principal) {
        return savedSearches.list(principal.getName()).stream()
                .map(s -> json(s, null))
                .toList();
    }

    @GetMapping("/{id}")
    @PreAuthorize(READ)
    @Operation(operationId = "getSavedSearch", summary = "One of your saved searches")
    ResponseEntity<SavedSearchJson> get(@PathVariable long id, Principal principal) {
        return savedSearches
                .find(principal.getName(), id)
                .map(s -> ResponseEntity.ok(json(s, null)))
                .orElse(ResponseEntity.notFound().build());
    }

    @PostMapping
    @PreAuthorize(READ)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            operationId = "saveSearch",
            summary = "Save a search",
            description = "Bad Lucene syntax is refused with 400 and a readable error. The answer carries the "
                    + "secret Atom feed URL of the new saved search (shown only now).")
    SavedSearchJson create(@RequestBody SaveRequest request, Principal principal) {
        SavedSearch saved =
                savedSearches.save(principal.getName(), request.name(), SearchParameters.parse(parameters(request)));
        FeedLink link = savedSearches.newFeedLink(principal.getName(), saved.id());
        return json(savedSearches.find(principal.getName(), saved.id()).orElseThrow(), link);
    }

    @DeleteMapping("/{id}")
    @PreAuthorize(READ)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            operationId = "deleteSavedSearch",
            summary = "Delete one of your saved searches, its alerts and its feed")
    void delete(@PathVariable long id, Principal principal) {
        savedSearches.delete(principal.getName(), id);
    }

    @PostMapping("/{id}/feed-link")
    @PreAuthorize(READ)
    @Operation(summary = "Create a new secret feed URL; the previous one stops working")
    SavedSearchJson newFeedLink(@PathVariable long id, Principal principal) {
        FeedLink link = savedSearches.newFeedLink(principal.getName(), id);
        return json(savedSearches.find(principal.getName(), id).orElseThrow(), link);
    }

    @DeleteMapping("/{id}/feed-link")
    @PreAuthorize(READ)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke the feed URL")
    void revokeFeedLink(@PathVariable long id, Principal principal) {
        savedSearches.revokeFeedLink(principal.getName(), id);
    }

    private static Map<String, List<String>> parameters(SaveRequest request) {
        if (request.search() != null && !request.search().isBlank()) {
            return SearchParameters.format(SearchParameters.parse(request.search()));
        }
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        put(parameters, "q", request.q());
        put(parameters, "type", request.type());
        put(parameters, "sort", request.sort());
        put(parameters, "from", request.from());
        put(parameters, "to", request.to());
        if (request.filters() != null) {
            request.filters().forEach((name, values) -> {
                if (!SearchParameters.FACET_PARAMETERS.containsKey(name)) {
                    throw new InvalidQueryException("unknown filter " + name + "; use one of "
                            + String.join(", ", SearchParameters.FACET_PARAMETERS.keySet()));
                }
                parameters.put(name, values == null ? List.of() : new ArrayList<>(values));
            });
        }
        return parameters;
    }

    private static void put(Map<String, List<String>> parameters, String name, String value) {
        if (value != null && !value.isBlank()) {
            parameters.put(name, List.of(value));
        }
    }

    private static SavedSearchJson json(SavedSearch s, FeedLink link) {
        String base =
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        return new SavedSearchJson(
                s.id(),
                s.name(),
                s.query(),
                s.target(),
                base + "/search" + (s.query().isEmpty() ? "" : "?" + s.query()),
                s.feedActive(),
                link == null ? null : base + link.path(),
                s.unread(),
                s.createdAt().toString());
    }

    @ExceptionHandler({InvalidQueryException.class, IllegalArgumentException.class})
    ResponseEntity<Map<String, String>> invalid(RuntimeException e) {
        HttpStatus status = e.getMessage() != null && e.getMessage().startsWith("you have no saved search")
                ? HttpStatus.NOT_FOUND
                : HttpStatus.BAD_REQUEST;
        return ResponseEntity.status(status).body(Map.of("error", e.getMessage()));
    }
}
