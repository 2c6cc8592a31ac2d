package com.clinicnetwork.gateway.audit;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Every service's chain verification, each as the service reports it plus {@code service}; valid only if all are. */
record MergedVerification(boolean valid,
        @ArraySchema(schema = @Schema(implementation = AuditDocumentation.Verification.class)) List<JsonNode> services) {
}
