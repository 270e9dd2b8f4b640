package org.pactwatch.graph.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.pactwatch.graph.CompanyGraph;
import org.pactwatch.graph.CompanyPair;
import org.pactwatch.graph.CompanyRef;
import org.pactwatch.graph.ComparisonRow;
import org.pactwatch.graph.ComparisonService;
import org.pactwatch.graph.DealPartyService;
import org.pactwatch.graph.DealTypes;
import org.pactwatch.graph.GraphQuery;
import org.pactwatch.graph.MoneyLoop;
import org.pactwatch.graph.MoneyLoopService;
import org.pactwatch.graph.MoneyLoops;
import org.pactwatch.graph.RelationshipGraphService;
import org.pactwatch.graph.Timeline;
import org.pactwatch.graph.TimelineQuery;
import org.pactwatch.graph.TimelineService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON (and GraphML) for the strategist views: timeline, comparison, relationship graph, money loops. The services
 * check the roles (TimelineService.READERS); the class repeats their rule so that the OpenAPI document names it.
 */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize("hasAnyRole('STRATEGIST', 'ANALYST')")
@Tag(name = "Strategy", description = "Timelines, comparisons, the relationship graph and money loops (STRATEGIST)")
class StrategyApiController {

    private final TimelineService timelines;
    private final ComparisonService comparisons;
    private final RelationshipGraphService graphs;
    private final MoneyLoopService loops;
    private final DealPartyService parties;

    StrategyApiController(
            TimelineService timelines,
            ComparisonService comparisons,
            RelationshipGraphService graphs,
            MoneyLoopService loops,
            DealPartyService parties) {
        this.timelines = timelines;
        this.comparisons = comparisons;
        this.graphs = graphs;
        this.loops = loops;
        this.parties = parties;
    }

    /** Companies party to live deals, for pickers. */
    @GetMapping("/graph/companies")
    @Operation(operationId = "listGraphCompanies", summary = "Companies party to live deals, for pickers")
    List<CompanyRef> companies() {
        return parties.parties();
    }

    /** {@code companies=1,2,3}; {@code between=true} keeps only deals among them. */
    @GetMapping("/timeline")
    @Operation(
            operationId = "getTimeline",
            summary = "Investment and cloud-pact timeline of companies",
            description = "companies=1,2,3 (ids); between=true keeps only deals among them; subsidiaries=false "
                    + "leaves out their subsidiaries")
    Timeline timeline(
            @RequestParam String companies,
            @RequestParam(defaultValue = "false") boolean between,
            @RequestParam(defaultValue = "true") boolean subsidiaries,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return timelines.timeline(new TimelineQuery(ids(companies), between, subsidiaries, from, to));
    }

    /** Either {@code pairs=1-2,1-3} (relationships) or {@code companies=1,2} — 1 to 4 of them. */
    @GetMapping("/compare")
    @Operation(
            operationId = "compare",
            summary = "Side-by-side comparison of relationships or companies",
            description = "Either pairs=1-2,1-3 (relationships between company ids) or companies=1,2 — 1 to 4 of them")
    List<ComparisonRow> compare(
            @RequestParam(required = false) String pairs, @RequestParam(required = false) String companies) {
        if (pairs != null && !pairs.isBlank()) {
            return comparisons.relationships(
                    Arrays.stream(pairs.split(",")).map(CompanyPair::parse).toList());
        }
        if (companies != null && !companies.isBlank()) {
            return comparisons.companies(ids(companies));
        }
        throw new IllegalArgumentException("Give pairs=1-2,3-4 or companies=1,2");
    }

    /** The relationship graph as JSON, or as GraphML with {@code format=graphml}. */
    @GetMapping("/graph")
    @Operation(
            operationId = "getGraph",
            summary = "The company relationship graph",
            description = "Filtered by deal types (comma list), dates and minimum USD amount; rollUp merges "
                    + "subsidiaries into their parents; ego with depth, or pathFrom and pathTo, narrow it. As JSON, "
                    + "or as GraphML with format=graphml")
    @ApiResponse(
            responseCode = "200",
            description = "The graph",
            content = {
                @Content(mediaType = "application/json", schema = @Schema(implementation = CompanyGraph.class)),
                @Content(mediaType = "application/graphml+xml", schema = @Schema(type = "string"))
            })
    ResponseEntity<?> graph(
            @RequestParam(required = false) String types,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") double minUsd,
            @RequestParam(defaultValue = "false") boolean rollUp,
            @RequestParam(required = false) Long ego,
            @RequestParam(defaultValue = "1") int depth,
            @RequestParam(required = false) Long pathFrom,
            @RequestParam(required = false) Long pathTo,
            @RequestParam(defaultValue = "json") String format) {
        CompanyGraph graph =
                graphs.graph(new GraphQuery(types(types), from, to, minUsd, rollUp, ego, depth, pathFrom, pathTo, 0));
        return switch (format) {
            case "json" -> ResponseEntity.ok(graph);
            case "graphml" ->
                ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType("application/graphml+xml"))
                        .header("Content-Disposition", "attachment; filename=\"pactwatch-graph.graphml\"")
                        .body(graphs.graphMl(graph));
            default -> throw new IllegalArgumentException("format is json or graphml, not " + format);
        };
    }

    /** Money loops, largest first. */
    @GetMapping("/loops")
    @Operation(operationId = "listLoops", summary = "Money loops (circular deals), largest first")
    MoneyLoops loops(@RequestParam(defaultValue = "0") double minUsd) {
        return loops.loops(minUsd);
    }

    /** One loop with its deals, e.g. {@code /api/v1/loops/3-7}. */
    @GetMapping("/loops/{key}")
    @Operation(
            operationId = "getLoop",
            summary = "One money loop with its deals",
            description = "key is the company ids of the loop joined by '-', e.g. 3-7")
    @ApiResponse(responseCode = "200", description = "The loop")
    ResponseEntity<MoneyLoop> loop(@PathVariable String key) {
        return loops.loop(ids(key.replace('-', ',')))
                .map(ResponseEntity::ok)
                .orElse(ResponseEntity.notFound().build());
    }

    private static List<Long> ids(String text) {
        try {
            return Arrays.stream(text.split(","))
                    .map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .map(Long::parseLong)
                    .toList();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Company ids are numbers separated by commas: " + text);
        }
    }

    private static Set<String> types(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        Set<String> types = Arrays.stream(text.split(","))
                .map(s -> s.trim().toUpperCase(java.util.Locale.ROOT))
                .collect(Collectors.toSet());
        if (!DealTypes.ALL.containsAll(types)) {
            throw new IllegalArgumentException("Deal types are " + DealTypes.ALL + ", not " + text);
        }
        return types;
    }
}
