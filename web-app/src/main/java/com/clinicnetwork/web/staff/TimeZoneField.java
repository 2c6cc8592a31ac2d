package com.clinicnetwork.web.staff;

import java.time.DateTimeException;
import java.time.ZoneId;
import org.springframework.validation.Errors;

/**
 * The {@code timeZone} field of a staff form (a location, a walk-in client): it must name an IANA zone, since the API
 * times openings and reminders in it. A blank one is left to the field's {@code @NotBlank}.
 */
public final class TimeZoneField {

    private TimeZoneField() {
    }

    public static void check(String timeZone, Errors errors) {
        if (timeZone == null || timeZone.isBlank()) {
            return;
        }
        try {
            ZoneId.of(timeZone.strip());
        } catch (DateTimeException unknown) {
            errors.rejectValue("timeZone", "staff.validation.time-zone");
        }
    }
}
