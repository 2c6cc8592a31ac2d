package com.clinicnetwork.gateway.cors;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param allowedOrigins the web front ends allowed to call the API from a browser, exactly as the
 *                       browser sends them ({@code https://app.example.com}, no path, no wildcard);
 *                       empty means no cross-origin browser access at all
 * @param maxAge         how long a browser may cache a preflight answer
 */
@Validated
@ConfigurationProperties("clinic.gateway.cors")
public record CorsProperties(@DefaultValue List<String> allowedOrigins, @DefaultValue("1h") @NotNull Duration maxAge) {

    public CorsProperties {
        allowedOrigins = allowedOrigins == null ? List.of()
                : allowedOrigins.stream().map(String::trim).filter(origin -> !origin.isEmpty()).toList();
        allowedOrigins.forEach(CorsProperties::requireOrigin);
    }

    private static void requireOrigin(String origin) {
        URI uri;
        try {
            uri = URI.create(origin);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("clinic.gateway.cors.allowed-origins: not an origin: " + origin, e);
        }
        boolean plainOrigin = ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                && uri.getHost() != null && uri.getRawUserInfo() == null
                && (uri.getRawPath() == null || uri.getRawPath().isEmpty())
                && uri.getRawQuery() == null && uri.getRawFragment() == null;
        if (!plainOrigin) {
            throw new IllegalArgumentException("clinic.gateway.cors.allowed-origins: expected scheme://host[:port], got " + origin);
        }
    }
}
