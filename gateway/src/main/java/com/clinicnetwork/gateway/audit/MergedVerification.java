package com.clinicnetwork.gateway.audit;

import java.util.List;
import tools.jackson.databind.JsonNode;

/** Every service's chain verification, each as the service reports it plus {@code service}; valid only if all are. */
record MergedVerification(boolean valid, List<JsonNode> services) {
}
