package com.clinicnetwork.gateway.audit;

import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The audit trail of the whole platform for clinic admins, in one place. An annotated controller's handler
 * mapping (order 0) comes before the gateway's route mapping (order 1), so these paths are answered here
 * and never routed; the services' own {@code /api/v1/audit-events} are reached on their internal addresses.
 */
@RestController
@RequestMapping(AuditTrails.SERVICE_PATH)
class AuditEventsController {

    private static final String CLINIC_ADMIN = "ROLE_CLINIC_ADMIN";

    private final AuditTrails trails;

    AuditEventsController(AuditTrails trails) {
        this.trails = trails;
    }

    /** {@code recordType, recordId, subject, from, to, page, size} as each service takes them. */
    @GetMapping
    Mono<MergedAuditPage> search(@RequestParam Map<String, String> query, Authentication caller, ServerWebExchange exchange) {
        requireAdmin(caller);
        return trails.search(AuditSearch.of(query), exchange.getRequest().getHeaders());
    }

    @GetMapping("/verify")
    Mono<MergedVerification> verify(Authentication caller, ServerWebExchange exchange) {
        requireAdmin(caller);
        return trails.verify(exchange.getRequest().getHeaders());
    }

    /** Each service checks the role again; checking here spares them requests that would be refused. */
    private static void requireAdmin(Authentication caller) {
        if (caller.getAuthorities().stream().map(GrantedAuthority::getAuthority).noneMatch(CLINIC_ADMIN::equals)) {
            throw AuditFanOutException.forbidden();
        }
    }
}
