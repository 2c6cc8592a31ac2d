package com.clinicnetwork.booking.outcome;

import com.clinicnetwork.audit.AuditedRecords;
import com.clinicnetwork.servicedefaults.security.ClinicUser;
import com.clinicnetwork.servicedefaults.web.ApiProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Outcomes per course: the check-in scores of a series as a trend, and the outcome report per treatment and location. */
@RestController
@Tag(name = "Outcomes", description = "How clients' aftercare check-in scores (0 = no pain, 10 = worst) develop over a course or a treatment, and the outcome report for clinic admins.")
class OutcomeController {

    private final OutcomeTrends trends;
    private final OutcomeReports reports;

    OutcomeController(OutcomeTrends trends, OutcomeReports reports) {
        this.trends = trends;
        this.reports = reports;
    }

    /** The answers read are recorded in the audit trail as check-in reads, besides the appointment of the path. */
    @GetMapping("/api/v1/appointments/{id}/outcome-trend")
    @Operation(operationId = "getOutcomeTrend", summary = "The check-in scores of the appointment's course (or the client's treatment) in session order",
            description = "Health data: the appointment's client and therapist, and clinic admins. Front desk and operators: 403.")
    @ApiResponse(responseCode = "404", description = "No such appointment, or not the caller's.")
    OutcomeTrendView trend(@PathVariable UUID id, ClinicUser user, HttpServletRequest request) {
        OutcomeTrendView trend = trends.trend(user, id);
        AuditedRecords.returned(request, "aftercare-check-in",
                trend.sessions().stream().map(OutcomeTrendView.Session::appointmentId).toList());
        return trend;
    }

    @GetMapping("/api/v1/reports/outcomes")
    @Operation(operationId = "getOutcomeReport", summary = "Outcome report per treatment and location (clinic admins)",
            description = "Sessions answered, clients, mean change first to last answer per client and share of clients improved, over the sessions starting in [from, to). Aggregates only.")
    @ApiResponse(responseCode = "400", description = "A filter is malformed, or `to` is not after `from`.")
    OutcomeReportView report(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
            @RequestParam(required = false) UUID locationId, @RequestParam(required = false) UUID treatmentId) {
        Optional<Instant> start = Optional.ofNullable(from).map(OffsetDateTime::toInstant);
        Optional<Instant> end = Optional.ofNullable(to).map(OffsetDateTime::toInstant);
        if (start.isPresent() && end.isPresent() && !start.get().isBefore(end.get())) {
            throw ApiProblemException.invalidField("to", "must be after from");
        }
        return reports.report(new OutcomeFilter(start, end, Optional.ofNullable(locationId), Optional.ofNullable(treatmentId)));
    }
}
