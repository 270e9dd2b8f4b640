package org.pactwatch.deal.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.pactwatch.company.CompanyService;
import org.pactwatch.deal.DealEdit;
import org.pactwatch.deal.DealFilter;
import org.pactwatch.deal.DealNotFoundException;
import org.pactwatch.deal.DealPage;
import org.pactwatch.deal.DealQueries;
import org.pactwatch.deal.DealService;
import org.pactwatch.deal.DealSort;
import org.pactwatch.deal.DealView;
import org.pactwatch.deal.ReviewState;
import org.pactwatch.extraction.ExtractedDeal.DealStatus;
import org.pactwatch.extraction.ExtractedDeal.DealType;
import org.pactwatch.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Deals over JSON: the filtered list in the extract contract's shape, one deal, and the review actions. */
@RestController
@RequestMapping("/api/v1/deals")
@Tag(name = "Deals", description = "Deals clustered from documents, and the analyst's review")
class DealController {

    static final String READ =
            "hasAnyRole('" + Role.Names.ANALYST + "','" + Role.Names.STRATEGIST + "','" + Role.Names.REGULATOR + "')";
    static final String CHANGE = "hasRole('" + Role.Names.ANALYST + "')";
    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 200;

    private final DealQueries queries;
    private final DealService deals;
    private final CompanyService companies;

    DealController(DealQueries queries, DealService deals, CompanyService companies) {
        this.queries = queries;
        this.deals = deals;
        this.companies = companies;
    }

    /** A page of deals; {@code total} counts every match. */
    record DealList(long total, int page, int size, List<DealView> items) {}

    @Schema(name = "DealMergeRequest")
    record MergeRequest(Long targetId, Long sourceId) {}

    record SplitRequest(List<Long> documentIds) {}

    @GetMapping
    @PreAuthorize(READ)
    @Operation(
            operationId = "listDeals",
            summary = "Deals by company (with its subsidiaries), type, status and date range, newest first")
    DealList list(
            @Parameter(description = "company name, alias or id") @RequestParam(required = false) String company,
            @Parameter(description = "comma list of INVESTMENT, CLOUD_COMMITMENT, ACQUISITION, SUPPLY, PARTNERSHIP")
                    @RequestParam(required = false)
                    String type,
            @Parameter(description = "comma list of ANNOUNCED, COMPLETED, REPORTED_TALKS, DENIED")
                    @RequestParam(required = false)
                    String status,
            @Parameter(
                            description =
                                    "comma list of UNREVIEWED, CONFIRMED, EDITED, REJECTED (default: all but REJECTED)")
                    @RequestParam(required = false)
                    String reviewState,
            @Parameter(description = "first deal date, YYYY-MM-DD") @RequestParam(required = false) String from,
            @Parameter(description = "last deal date, YYYY-MM-DD") @RequestParam(required = false) String to,
            @Parameter(description = "0-based page") @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + DEFAULT_SIZE) int size,
            @Parameter(
                            description = "date, amount, confidence, type, status, reviewState, payer, payee or id; "
                                    + "append ,asc or ,desc")
                    @RequestParam(defaultValue = "date,desc")
                    String sort) {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page must be ≥ 0 and size between 1 and " + MAX_SIZE);
        }
        if ((long) page * size > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("page × size must stay below " + Integer.MAX_VALUE);
        }
        DealFilter filter = DealFilter.all()
                .withTypes(enums(DealType.class, type, "type"))
                .withStatuses(enums(DealStatus.class, status, "status"))
                .withReviewStates(enums(ReviewState.class, reviewState, "reviewState"))
                .withDates(date(from, "from"), date(to, "to"));
        if (company != null && !company.isBlank()) {
            Long companyId = companyId(company.strip());
            if (companyId == null) {
                return new DealList(0, page, size, List.of());
            }
            filter = filter.withCompany(companyId);
        }
        DealPage<DealView> result = queries.findViews(filter, sort(sort), page * size, size);
        return new DealList(result.total(), page, size, result.items());
    }

    @GetMapping("/{id}")
    @PreAuthorize(READ)
    @Operation(operationId = "getDeal", summary = "One deal with its evidence, terms, tranches and source documents")
    DealView get(@PathVariable long id) {
        return queries.view(id).orElseThrow(() -> new DealNotFoundException("no deal with id " + id));
    }

    @PostMapping("/{id}/confirm")
    @PreAuthorize(CHANGE)
    @Operation(operationId = "confirmDeal", summary = "Confirm a deal as extracted")
    DealView confirm(@PathVariable long id, Principal user) {
        return deals.confirm(id, user.getName());
    }

    @PostMapping("/{id}/reject")
    @PreAuthorize(CHANGE)
    @Operation(
            operationId = "rejectDeal",
            summary = "Reject a deal (it disappears from lists and stays rejected when re-extracted)")
    DealView reject(@PathVariable long id, Principal user) {
        return deals.reject(id, user.getName());
    }

    @PatchMapping("/{id}")
    @PreAuthorize(CHANGE)
    @Operation(operationId = "editDeal", summary = "Edit fields of a deal; fields left out stay as they are")
    DealView edit(@PathVariable long id, @RequestBody DealEdit edit, Principal user) {
        return deals.edit(id, edit, user.getName());
    }

    @PostMapping("/merge")
    @PreAuthorize(CHANGE)
    @Operation(operationId = "mergeDeals", summary = "Merge the source deal into the target deal")
    DealView merge(@RequestBody MergeRequest request, Principal user) {
        if (request == null || request.targetId() == null || request.sourceId() == null) {
            throw new IllegalArgumentException("give targetId and sourceId");
        }
        return deals.merge(request.targetId(), request.sourceId(), user.getName());
    }

    @PostMapping("/{id}/split")
    @PreAuthorize(CHANGE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "splitDeal", summary = "Move what the given source documents report into a new deal")
    DealView split(@PathVariable long id, @RequestBody SplitRequest request, Principal user) {
        return deals.split(id, request == null ? List.of() : request.documentIds(), user.getName());
    }

    private Long companyId(String company) {
        if (company.chars().allMatch(Character::isDigit) && company.length() < 19) {
            long id = Long.parseLong(company);
            if (companies.profile(id).isPresent()) {
                return id;
            }
        }
        return companies.findId(company).orElse(null);
    }

    static DealSort sort(String sort) {
        String[] parts = sort.split(",");
        String field = parts[0].strip().toLowerCase(Locale.ROOT);
        boolean ascending = parts.length > 1 && parts[1].strip().equalsIgnoreCase("asc");
        DealSort.Field f = switch (field) {
            case "date", "" -> DealSort.Field.DATE;
            case "amount", "amount_usd", "amountusd", "usd" -> DealSort.Field.AMOUNT_USD;
            case "confidence" -> DealSort.Field.CONFIDENCE;
            case "type" -> DealSort.Field.TYPE;
            case "status" -> DealSort.Field.STATUS;
            case "reviewstate", "review_state" -> DealSort.Field.REVIEW_STATE;
            case "payer" -> DealSort.Field.PAYER;
            case "payee" -> DealSort.Field.PAYEE;
            case "id" -> DealSort.Field.ID;
            default -> throw new IllegalArgumentException("cannot sort by \"" + abbreviate(field) + "\"");
        };
        return new DealSort(f, ascending);
    }

    static <E extends Enum<E>> Set<E> enums(Class<E> type, String list, String name) {
        Set<E> values = EnumSet.noneOf(type);
        if (list == null) {
            return values;
        }
        for (String part : list.split(",")) {
            String v = part.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
            if (v.isEmpty()) {
                continue;
            }
            try {
                values.add(Enum.valueOf(type, v));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        name + " must be one of " + EnumSet.allOf(type) + ", not \"" + abbreviate(part) + "\"");
            }
        }
        return values;
    }

    static LocalDate date(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    name + " must be a date like 2024-03-31, not \"" + abbreviate(value) + "\"");
        }
    }

    static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
