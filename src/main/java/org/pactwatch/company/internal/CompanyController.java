package org.pactwatch.company.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.pactwatch.company.CompanyNotFoundException;
import org.pactwatch.company.CompanyProfile;
import org.pactwatch.company.CompanyService;
import org.pactwatch.company.CompanySummary;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Companies over JSON: lookup, profile, and the analyst's corrections (aliases, merge, verify). */
@RestController
@RequestMapping("/api/v1/companies")
@Tag(name = "Companies", description = "The company registry and the analyst's entity-resolution corrections")
class CompanyController {

    static final String READ =
            "hasAnyRole('" + Role.Names.ANALYST + "','" + Role.Names.STRATEGIST + "','" + Role.Names.REGULATOR + "')";
    static final String CHANGE = "hasRole('" + Role.Names.ANALYST + "')";
    static final int MAX_SIZE = 200;

    private final CompanyService companies;

    CompanyController(CompanyService companies) {
        this.companies = companies;
    }

    record CompanyList(long total, int page, int size, List<CompanySummary> items) {}

    record AliasRequest(String alias) {}

    @Schema(name = "CompanyMergeRequest")
    record MergeRequest(Long sourceId, Long targetId) {}

    @GetMapping
    @PreAuthorize(READ)
    @Operation(
            operationId = "listCompanies",
            summary = "Live companies whose name or alias contains q (all when q is empty)")
    CompanyList list(
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page must be ≥ 0 and size between 1 and " + MAX_SIZE);
        }
        if ((long) page * size > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("page × size must stay below " + Integer.MAX_VALUE);
        }
        if (q != null && q.length() > 200) {
            throw new IllegalArgumentException("q has at most 200 characters");
        }
        if (q != null && q.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("q must not contain control characters");
        }
        return new CompanyList(companies.count(q), page, size, companies.search(q, page * size, size));
    }

    @GetMapping("/{id}")
    @PreAuthorize(READ)
    @Operation(
            operationId = "getCompany",
            summary = "A company's profile: identifiers, aliases, parent, ultimate parent and subsidiaries")
    CompanyProfile get(@PathVariable long id) {
        return companies.profile(id).orElseThrow(() -> new CompanyNotFoundException("no company with id " + id));
    }

    @PostMapping("/{id}/aliases")
    @PreAuthorize(CHANGE)
    @Operation(summary = "Add an alias")
    CompanyProfile addAlias(@PathVariable long id, @RequestBody AliasRequest request, Principal user) {
        return companies.addAlias(id, request == null ? null : request.alias(), user.getName());
    }

    @DeleteMapping("/{id}/aliases/{aliasId}")
    @PreAuthorize(CHANGE)
    @Operation(summary = "Remove an alias")
    CompanyProfile removeAlias(@PathVariable long id, @PathVariable long aliasId, Principal user) {
        return companies.removeAlias(id, aliasId, user.getName());
    }

    @PostMapping("/{id}/verify")
    @PreAuthorize(CHANGE)
    @Operation(operationId = "verifyCompany", summary = "Mark a company created by extraction as checked")
    CompanyProfile verify(@PathVariable long id, Principal user) {
        return companies.verify(id, user.getName());
    }

    @PostMapping("/merge")
    @PreAuthorize(CHANGE)
    @Operation(
            operationId = "mergeCompanies",
            summary = "Merge the source company into the target; its deals, aliases and subsidiaries move")
    CompanyProfile merge(@RequestBody MergeRequest request, Principal user) {
        if (request == null || request.sourceId() == null || request.targetId() == null) {
            throw new IllegalArgumentException("give sourceId and targetId");
        }
        return companies.merge(request.sourceId(), request.targetId(), user.getName());
    }

    @ExceptionHandler(CompanyNotFoundException.class)
    ResponseEntity<Map<String, String>> notFound(CompanyNotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", e.getMessage()));
    }
}
