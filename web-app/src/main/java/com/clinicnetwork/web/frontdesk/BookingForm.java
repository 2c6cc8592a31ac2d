package com.clinicnetwork.web.frontdesk;

import com.clinicnetwork.web.appointments.FreeSlot;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Booking on a client's behalf: the client, the location and treatment, the day searched and the free time chosen
 * ({@code slot} = {@code <therapist id>_<start>}, as the free-time choices are written). {@code idempotencyKey} is made
 * each time the form is shown, so sending that form twice books once.
 */
public class BookingForm {

    /** The API's limit for intake notes. */
    static final int INTAKE_NOTES_MAX = 2000;

    @NotNull
    private UUID clientId;
    @NotNull
    private UUID locationId;
    @NotNull
    private UUID treatmentId;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;
    @NotNull(message = "{staff.validation.slot}")
    @Pattern(regexp = "[0-9a-fA-F-]{36}_.+", message = "{staff.validation.slot}")
    private String slot;
    @Size(max = INTAKE_NOTES_MAX)
    private String intakeNotes;
    @NotNull
    private UUID idempotencyKey;

    /** The chosen therapist and start, if {@code slot} is one the form offers. */
    Optional<Choice> choice() {
        if (slot == null) {
            return Optional.empty();
        }
        int separator = slot.indexOf('_');
        try {
            return Optional.of(new Choice(UUID.fromString(slot.substring(0, separator)),
                    OffsetDateTime.parse(slot.substring(separator + 1))));
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }

    static String slotValue(FreeSlot slot) {
        return slot.therapistId() + "_" + slot.startsAt();
    }

    record Choice(UUID therapistId, OffsetDateTime startsAt) {
    }

    public UUID getClientId() {
        return clientId;
    }

    public void setClientId(UUID clientId) {
        this.clientId = clientId;
    }

    public UUID getLocationId() {
        return locationId;
    }

    public void setLocationId(UUID locationId) {
        this.locationId = locationId;
    }

    public UUID getTreatmentId() {
        return treatmentId;
    }

    public void setTreatmentId(UUID treatmentId) {
        this.treatmentId = treatmentId;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getSlot() {
        return slot;
    }

    public void setSlot(String slot) {
        this.slot = slot;
    }

    public String getIntakeNotes() {
        return intakeNotes;
    }

    public void setIntakeNotes(String intakeNotes) {
        this.intakeNotes = intakeNotes;
    }

    public UUID getIdempotencyKey() {
        return idempotencyKey;
    }

    public void setIdempotencyKey(UUID idempotencyKey) {
        this.idempotencyKey = idempotencyKey;
    }
}
