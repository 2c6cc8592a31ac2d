package com.clinicnetwork.gateway.privacy;

import com.clinicnetwork.gateway.loadbalancing.ServiceAddress;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The services that hold a client's data, each asked for its part of an export
 * ({@code GET /api/v1/clients/{id}/export}) on its internal address.
 */
@Validated
@ConfigurationProperties("clinic.gateway.export")
public record ExportProperties(@NotNull URI bookingService, @NotNull URI notificationService) {

    public ExportProperties {
        if (bookingService != null) {
            ServiceAddress.require("clinic.gateway.export.booking-service", bookingService);
        }
        if (notificationService != null) {
            ServiceAddress.require("clinic.gateway.export.notification-service", notificationService);
        }
    }
}
