package com.clinicnetwork.notification.delivery;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param pollInterval how often the dispatcher looks for due notifications besides being woken by new ones;
 *                     bounds the delay of retries and of notifications left over by a crashed replica
 * @param retry        when failed deliveries are tried again
 */
@Validated
@ConfigurationProperties("clinic.dispatch")
public record DispatchProperties(
        @DefaultValue("1s") @NotNull Duration pollInterval,
        @DefaultValue @Valid RetryPolicy retry) {
}
