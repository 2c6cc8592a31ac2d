package com.clinicnetwork.booking.aftercare;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param answerWindow how long after a session ends its client may answer the aftercare check-in; the link in the
 *                     aftercare message expires with it; must be positive ({@link AnswerWindow})
 */
@Validated
@ConfigurationProperties("clinic.booking.aftercare")
public record AftercareProperties(@DefaultValue("14d") @NotNull Duration answerWindow) {
}
