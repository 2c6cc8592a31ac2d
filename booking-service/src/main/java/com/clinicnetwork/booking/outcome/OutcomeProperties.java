package com.clinicnetwork.booking.outcome;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param worseningThreshold how many points a client's check-in score (0 = no pain, 10 = worst) must rise above their
 *                           previous answer in the same series for the therapist to be alerted ({@code check-in.worsened});
 *                           1 to 10, start-up fails otherwise
 */
@Validated
@ConfigurationProperties("clinic.booking.outcomes")
public record OutcomeProperties(@DefaultValue("3") @Min(1) @Max(10) int worseningThreshold) {
}
