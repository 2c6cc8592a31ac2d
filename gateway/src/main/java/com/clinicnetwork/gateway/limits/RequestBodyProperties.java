package com.clinicnetwork.gateway.limits;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * @param maxSize the largest request body the gateway forwards; the platform's JSON requests are a
 *                few kilobytes, so the default leaves ample room while stopping memory exhaustion
 */
@Validated
@ConfigurationProperties("clinic.gateway.request-body")
public record RequestBodyProperties(@DefaultValue("1MB") @NotNull DataSize maxSize) {

    public RequestBodyProperties {
        if (maxSize != null && maxSize.toBytes() < 1) {
            throw new IllegalArgumentException("clinic.gateway.request-body.max-size must be positive");
        }
    }
}
