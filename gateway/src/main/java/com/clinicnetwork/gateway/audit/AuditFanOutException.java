package com.clinicnetwork.gateway.audit;

import java.util.List;
import org.springframework.http.HttpStatus;

/** A merged audit request that cannot be answered: a malformed filter, a caller who is not an admin, or services that did not answer. */
class AuditFanOutException extends RuntimeException {

    private final HttpStatus status;
    private final String slug;
    private final String title;
    private final List<String> unavailableServices;

    private AuditFanOutException(HttpStatus status, String slug, String title, String detail, List<String> unavailableServices) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.unavailableServices = List.copyOf(unavailableServices);
    }

    static AuditFanOutException invalid(String parameter, String rule) {
        return new AuditFanOutException(HttpStatus.BAD_REQUEST, "validation", "Invalid request", parameter + ": " + rule, List.of());
    }

    static AuditFanOutException forbidden() {
        return new AuditFanOutException(HttpStatus.FORBIDDEN, "forbidden", "Access denied",
                "Only clinic admins may read the audit trail.", List.of());
    }

    static AuditFanOutException unavailable(List<String> services) {
        return new AuditFanOutException(HttpStatus.SERVICE_UNAVAILABLE, "audit-partially-unavailable", "Audit trail partly unavailable",
                "Not every service's audit trail answered, so no merged answer is given. Try again shortly.", services);
    }

    HttpStatus status() {
        return status;
    }

    String slug() {
        return slug;
    }

    String title() {
        return title;
    }

    List<String> unavailableServices() {
        return unavailableServices;
    }
}
