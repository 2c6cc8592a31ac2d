package com.clinicnetwork.notification.delivery;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param pollInterval how often the dispatcher looks for due notifications besides being woken by new ones;
 *                     bounds the delay of retries and of notifications left over by a crashed replica
 * @param retry        when failed deliveries are tried again
 * @param workers      how many notifications one replica delivers at once; each holds a database connection while it
 *                     talks to the SMTP server or webhook, so stay well below the connection pool's size
 */
@Validated
@ConfigurationProperties("clinic.dispatch")
public record DispatchProperties(
        @DefaultValue("1s") @NotNull Duration pollInterval,
        @DefaultValue @Valid RetryPolicy retry,
        @DefaultValue("4") @Min(1) @Max(16) int workers) {
}
