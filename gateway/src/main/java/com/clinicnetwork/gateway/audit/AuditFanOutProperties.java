package com.clinicnetwork.gateway.audit;

import com.clinicnetwork.gateway.loadbalancing.ServiceAddress;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the audit trails are that {@code GET /api/v1/audit-events} merges.
 *
 * @param services   each service that keeps an audit trail (module audit-trail), by name, and its base URL
 * @param timeout    how long the whole answer of one service may take, all its pages included
 * @param retryAfter what a 503 tells the caller when a service did not answer
 */
@Validated
@ConfigurationProperties("clinic.gateway.audit")
public record AuditFanOutProperties(
        @NotEmpty Map<String, URI> services,
        @NotNull @DefaultValue("5s") Duration timeout,
        @NotNull @DefaultValue("5s") Duration retryAfter) {

    public AuditFanOutProperties {
        services = Map.copyOf(services == null ? Map.of() : services);
        services.forEach((name, url) -> ServiceAddress.require("clinic.gateway.audit.services." + name, url));
        if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
            throw new IllegalArgumentException("clinic.gateway.audit.timeout must be positive, got " + timeout);
        }
    }
}
