package com.clinicnetwork.gateway.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "Audit trail", description = "Who read or changed which client or appointment record, when and from where, across every service (clinic admins).")
class AuditEventsController {

    private static final String CLINIC_ADMIN = "ROLE_CLINIC_ADMIN";

    private final AuditTrails trails;

    AuditEventsController(AuditTrails trails) {
        this.trails = trails;
    }

    /** {@code recordType, recordId, subject, from, to, page, size} as each service takes them. */
    @GetMapping
    @Operation(operationId = "searchAuditEvents", summary = "Search the audit trail of every service, newest first",
            description = "`(page + 1) × size` may be at most 10 000: deeper, narrow with `from` and `to`.")
    @Parameter(name = "recordType", in = ParameterIn.QUERY, schema = @Schema(pattern = "^[a-z][a-z0-9-]{0,49}$"), example = "client")
    @Parameter(name = "recordId", in = ParameterIn.QUERY, schema = @Schema(minLength = 1, maxLength = 100))
    @Parameter(name = "subject", in = ParameterIn.QUERY, description = "The token subject of whoever read or changed.",
            schema = @Schema(minLength = 1, maxLength = 255))
    @Parameter(name = "from", in = ParameterIn.QUERY, schema = @Schema(type = "string", format = "date-time"))
    @Parameter(name = "to", in = ParameterIn.QUERY, schema = @Schema(type = "string", format = "date-time"))
    @Parameter(name = "page", in = ParameterIn.QUERY, schema = @Schema(type = "integer", minimum = "0", maximum = "10000", defaultValue = "0"))
    @Parameter(name = "size", in = ParameterIn.QUERY, schema = @Schema(type = "integer", minimum = "1", maximum = "200", defaultValue = "50"))
    Mono<MergedAuditPage> search(@Parameter(hidden = true) @RequestParam Map<String, String> query, Authentication caller, ServerWebExchange exchange) {
        requireAdmin(caller);
        return trails.search(AuditSearch.of(query), exchange.getRequest().getHeaders());
    }

    @GetMapping("/verify")
    @Operation(operationId = "verifyAuditTrail", summary = "Verify every service's audit hash chain")
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
