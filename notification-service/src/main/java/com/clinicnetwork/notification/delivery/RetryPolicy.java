package com.clinicnetwork.notification.delivery;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When a failed delivery is tried again. The pause grows exponentially up to a cap, so a short outage of
 * the SMTP server, SMS gateway or webhook receiver delays messages by little and a long one does not
 * hammer it; after {@code maxAttempts} the notification is given up on and marked FAILED.
 *
 * @param maxAttempts    attempts in total, the first one included
 * @param initialBackoff pause after the first failed attempt
 * @param multiplier     growth of the pause from one failed attempt to the next
 * @param maxBackoff     longest pause between two attempts
 */
public record RetryPolicy(
        @DefaultValue("8") @Min(1) @Max(100) int maxAttempts,
        @DefaultValue("30s") @NotNull Duration initialBackoff,
        @DefaultValue("2.0") @DecimalMin("1.0") double multiplier,
        @DefaultValue("30m") @NotNull Duration maxBackoff) {

    /**
     * @param attempt   the attempt that just failed, counting from 1
     * @param permanent whether the failure would repeat however often it is tried
     */
    public Decision afterFailure(int attempt, boolean permanent) {
        if (permanent || attempt >= maxAttempts) {
            return new GiveUp();
        }
        double pause = initialBackoff.toMillis() * Math.pow(multiplier, attempt - 1);
        return new Retry(Duration.ofMillis((long) Math.min(pause, maxBackoff.toMillis())));
    }

    public sealed interface Decision permits Retry, GiveUp {
    }

    public record Retry(Duration after) implements Decision {
    }

    public record GiveUp() implements Decision {
    }
}
