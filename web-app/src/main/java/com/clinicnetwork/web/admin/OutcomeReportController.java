package com.clinicnetwork.web.admin;

import com.clinicnetwork.web.gateway.ApiProblemException;
import com.clinicnetwork.web.staff.DirectoryLocation;
import com.clinicnetwork.web.staff.DirectoryTreatment;
import com.clinicnetwork.web.staff.StaffDirectoryApi;
import com.clinicnetwork.web.staff.StaffProblems;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The outcome report for clinic admins (role-restricted to /admin/** by the security configuration): sessions, clients,
 * mean change and share improved per treatment and location, filtered by days (UTC, both included), location and
 * treatment. A range that ends before it starts is explained without asking the API.
 */
@Controller
class OutcomeReportController {

    private final OutcomeReportApi reports;
    private final StaffDirectoryApi directory;
    private final StaffProblems problems;

    OutcomeReportController(OutcomeReportApi reports, StaffDirectoryApi directory, StaffProblems problems) {
        this.reports = reports;
        this.directory = directory;
        this.problems = problems;
    }

    @GetMapping("/admin/outcomes")
    String report(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) UUID locationId, @RequestParam(required = false) UUID treatmentId, Model model) {
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("locationId", locationId);
        model.addAttribute("treatmentId", treatmentId);
        model.addAttribute("allLocations", directory.locations().stream()
                .sorted(Comparator.comparing(DirectoryLocation::name, String.CASE_INSENSITIVE_ORDER)).toList());
        model.addAttribute("allTreatments", directory.treatments().stream()
                .sorted(Comparator.comparing(DirectoryTreatment::name, String.CASE_INSENSITIVE_ORDER)).toList());
        if (from != null && to != null && to.isBefore(from)) {
            model.addAttribute("rangeInvalid", true);
            return "admin/outcomes";
        }
        try {
            model.addAttribute("report", reports.report(from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                    to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), locationId, treatmentId));
        } catch (ApiProblemException e) {
            model.addAttribute("problem", problems.describe(e));
        }
        return "admin/outcomes";
    }
}
