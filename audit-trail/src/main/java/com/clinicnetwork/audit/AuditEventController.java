package com.clinicnetwork.audit;

import com.clinicnetwork.servicedefaults.security.ClinicUser;
import com.clinicnetwork.servicedefaults.security.Role;
import com.clinicnetwork.servicedefaults.web.ApiProblemException;
import com.clinicnetwork.servicedefaults.web.ProblemTypes;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail for clinic admins: who read or changed which client or appointment record. Not in the services'
 * API documents: front ends call the gateway, which answers these paths itself with every service's trail merged
 * (its own document describes them) and calls each service here on its internal address.
 */
@RestController
@Hidden
public class AuditEventController {

    private final AuditTrail trail;

    public AuditEventController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/api/v1/audit-events")
    public AuditEventPage search(ClinicUser user,
            @RequestParam(required = false) @Pattern(regexp = AuditEvent.RECORD_TYPE_FORMAT) String recordType,
            @RequestParam(required = false) @Size(min = 1, max = 100) String recordId,
            @RequestParam(required = false) @Size(min = 1, max = 255) String subject,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        requireAdmin(user);
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiProblemException.invalidField("from", "must not be after to");
        }
        return trail.search(new AuditQuery(recordType, recordId, subject,
                from == null ? null : from.toInstant(), to == null ? null : to.toInstant(), page, size));
    }

    /** Walks this service's hash chain: whether any audit record was changed, removed or slipped in. */
    @GetMapping("/api/v1/audit-events/verify")
    ChainVerification verify(ClinicUser user) {
        requireAdmin(user);
        return trail.verify();
    }

    private static void requireAdmin(ClinicUser user) {
        if (!user.hasRole(Role.CLINIC_ADMIN)) {
            throw new ApiProblemException(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Access denied",
                    "Only clinic admins may read the audit trail.");
        }
    }
}
