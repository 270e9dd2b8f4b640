package org.pactwatch.graph.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.pactwatch.graph.TieUp;
import org.pactwatch.graph.TieUpQuery;
import org.pactwatch.graph.TieUpService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** JSON for tie-ups (paired deals). The service checks the roles; the class repeats them for the OpenAPI document. */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize("hasAnyRole('STRATEGIST', 'ANALYST', 'REGULATOR')")
@Tag(
        name = "Tie-ups",
        description = "Paired deals: an investment and the cloud or compute commitment back (STRATEGIST, ANALYST, "
                + "REGULATOR)")
class TieUpApiController {

    private final TieUpService tieUps;

    TieUpApiController(TieUpService tieUps) {
        this.tieUps = tieUps;
    }

    /** Tie-ups, the latest first; narrowed by company, dates and window. */
    @GetMapping("/tieups")
    @Operation(
            operationId = "listTieUps",
            summary = "Tie-ups: investments paired with the cloud commitment back",
            description = "An investment from A into B paired with a cloud or compute commitment from B to A or one of "
                    + "A's subsidiaries, the two at most windowMonths apart; each deal is in at most one tie-up (the "
                    + "nearest in time). ratio is committed USD / invested USD, null when an amount is undisclosed. "
                    + "Latest first.")
    List<TieUp> list(
            @Parameter(description = "Company id; subsidiaries count as their top parent (AWS as Amazon)")
                    @RequestParam(required = false)
                    Long company,
            @Parameter(description = "Both deals on or after this date")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate from,
            @Parameter(description = "Both deals on or before this date")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate to,
            @Parameter(description = "Most months between the investment and the commitment, 0 to 120")
                    @RequestParam(defaultValue = "" + TieUpQuery.DEFAULT_WINDOW_MONTHS)
                    int windowMonths) {
        return tieUps.tieUps(new TieUpQuery(company, from, to, windowMonths));
    }
}
