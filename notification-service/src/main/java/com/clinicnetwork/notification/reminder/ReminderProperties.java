package com.clinicnetwork.notification.reminder;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param leadTimes                how long before an appointment a reminder goes out, one reminder per entry
 * @param pollInterval             how often the reminder dispatcher looks for due reminders; bounds how late one can be
 * @param confirmationRequestLead  how long before a booking at risk of a no-show its client is asked to confirm (at
 *                                 once when it is booked later than that)
 */
@Validated
@ConfigurationProperties("clinic.reminders")
public record ReminderProperties(
        @DefaultValue({"24h", "2h"}) @NotEmpty @Size(max = 5) List<@NotNull Duration> leadTimes,
        @DefaultValue("15s") @NotNull Duration pollInterval,
        @DefaultValue("48h") @NotNull Duration confirmationRequestLead) {

    public ReminderProperties {
        leadTimes = List.copyOf(leadTimes);
        if (leadTimes.stream().anyMatch(lead -> lead.isNegative() || lead.isZero())) {
            throw new IllegalArgumentException("clinic.reminders.lead-times must be positive durations");
        }
        if (leadTimes.stream().distinct().count() != leadTimes.size()) {
            throw new IllegalArgumentException("clinic.reminders.lead-times must not repeat");
        }
        if (confirmationRequestLead != null && (confirmationRequestLead.isNegative() || confirmationRequestLead.isZero())) {
            throw new IllegalArgumentException("clinic.reminders.confirmation-request-lead must be a positive duration");
        }
    }
}
