package com.clinicnetwork.booking.limits;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What one client may hold at once, so that nobody can hoard a chain's free times.
 *
 * @param futureAppointments booked appointments that have not started yet (a course counts each session)
 * @param waitlistEntries    waitlist entries still waiting
 * @param openOffers         waitlist offers holding a slot for the client at the same time
 * @param activeCourses      courses with a session still to come
 */
@Validated
@ConfigurationProperties("clinic.booking.client-limits")
public record ClientLimitsProperties(
        @DefaultValue("20") @Min(1) int futureAppointments,
        @DefaultValue("5") @Min(1) int waitlistEntries,
        @DefaultValue("1") @Min(1) int openOffers,
        @DefaultValue("3") @Min(1) int activeCourses) {
}
