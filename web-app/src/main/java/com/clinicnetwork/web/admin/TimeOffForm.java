package com.clinicnetwork.web.admin;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * Time off as the admin enters it: from and until, in the zone of the therapist's first location (said on the form);
 * the API stores the instants and applies them at every location. {@code idempotencyKey} is made when the form is shown.
 */
public class TimeOffForm {

    @NotNull
    @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
    private LocalDateTime startsAt;
    @NotNull
    @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
    private LocalDateTime endsAt;
    @NotNull
    private UUID idempotencyKey;

    void check(Errors errors) {
        if (startsAt != null && endsAt != null && !endsAt.isAfter(startsAt)) {
            errors.rejectValue("endsAt", "admin.validation.ends-after-start");
        }
    }

    /** The local time as an instant in {@code zone}; a time skipped when the clocks go forward moves on by the gap. */
    static OffsetDateTime at(LocalDateTime local, ZoneId zone) {
        return local.atZone(zone).toOffsetDateTime();
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalDateTime endsAt) {
        this.endsAt = endsAt;
    }

    public UUID getIdempotencyKey() {
        return idempotencyKey;
    }

    public void setIdempotencyKey(UUID idempotencyKey) {
        this.idempotencyKey = idempotencyKey;
    }
}
