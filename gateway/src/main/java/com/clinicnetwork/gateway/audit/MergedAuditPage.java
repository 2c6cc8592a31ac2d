package com.clinicnetwork.gateway.audit;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * One page of every service's audit records merged newest first; each item is a service's audit record
 * as that service answers it, plus {@code service}. {@code totalItems} is the sum over services.
 */
record MergedAuditPage(@ArraySchema(schema = @Schema(implementation = AuditDocumentation.Event.class)) List<JsonNode> items,
        int page, int size, long totalItems) {
}
