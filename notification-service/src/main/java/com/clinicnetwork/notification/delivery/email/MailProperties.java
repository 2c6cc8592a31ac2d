package com.clinicnetwork.notification.delivery.email;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param from                  sender address of every email; replies go to the clinic chain's booking desk
 * @param idleConnectionTimeout how long an unused SMTP connection is kept for the next message; shorter than the
 *                              server's own idle timeout (Postfix: 300 s), so we close it before the server does
 */
@Validated
@ConfigurationProperties("clinic.mail")
public record MailProperties(
        @DefaultValue("bookings@clinic-network.example") @NotBlank @Email String from,
        @DefaultValue("30s") @NotNull Duration idleConnectionTimeout) {

    public MailProperties {
        if (idleConnectionTimeout != null && (idleConnectionTimeout.isNegative() || idleConnectionTimeout.isZero())) {
            throw new IllegalArgumentException("clinic.mail.idle-connection-timeout must be positive, got " + idleConnectionTimeout);
        }
    }
}
