package com.clinicnetwork.gateway.audit;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the merged answers' items look like, for the API document only: the gateway passes each service's audit
 * record and chain verification on as the service gave it (audit-trail's {@code AuditEvent} and
 * {@code ChainVerification}), adding {@code service}.
 */
final class AuditDocumentation {

    private AuditDocumentation() {
    }

    /** One read or change of an audited record, in the service that recorded it. */
    @Schema(name = "AuditEvent")
    record Event(long id, Instant occurredAt, String subject,
            @Schema(description = "The caller's platform roles, comma-separated.") String roles, String method, String path,
            String recordType,
            @Schema(description = "Null when the request named no record, e.g. a list read that found none.")
            @Nullable String recordId,
            @Nullable String clientIp, int status, @Nullable String requestId, String service) {
    }

    /** One service's walk of its audit hash chain. */
    @Schema(name = "AuditChainVerification")
    record Verification(boolean valid, long checked, @Nullable Long firstBrokenId, @Nullable String reason, long unchained,
            @Nullable String headHash, String service) {
    }
}
