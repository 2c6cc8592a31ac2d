package com.clinicnetwork.gateway.privacy;

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
        requireHttpUrl("booking-service", bookingService);
        requireHttpUrl("notification-service", notificationService);
    }

    private static void requireHttpUrl(String name, URI url) {
        if (url != null && (!("http".equals(url.getScheme()) || "https".equals(url.getScheme())) || url.getHost() == null
                || url.getRawQuery() != null)) {
            throw new IllegalArgumentException("clinic.gateway.export." + name + ": expected http(s)://host[:port], got " + url);
        }
    }
}
