package com.clinicnetwork.web.client.waitlist;

import com.clinicnetwork.web.directory.Specialty;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * Joining the waitlist: at a location for a treatment (one therapist or anyone), or, with {@code nearby}, at any
 * location within {@code radiusKm} of it for a specialty (a treatment optional); the days the client can come (in the
 * location's calendar; the API takes instants, so the days become the location's midnight to midnight); and what the
 * therapist should know.
 */
public class JoinForm {

    /** The API's longest window: a longer wait is better served by booking ahead. */
    static final long MAX_DAYS = 90;
    static final int DEFAULT_RADIUS_KM = 10;

    @NotNull
    private UUID locationId;
    private UUID treatmentId;
    private UUID therapistId;
    private boolean nearby;
    private Specialty specialty;
    @Min(1)
    @Max(100)
    private Integer radiusKm = DEFAULT_RADIUS_KM;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate fromDate;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate toDate;
    @Size(max = 2000)
    private String intakeNotes;

    @AssertTrue
    public boolean isRangeValid() {
        return fromDate == null || toDate == null
                || !toDate.isBefore(fromDate) && ChronoUnit.DAYS.between(fromDate, toDate) < MAX_DAYS;
    }

    /** What the choice between one location and nearby ones requires: a treatment there, a specialty and radius nearby. */
    void check(Errors errors) {
        if (nearby) {
            if (specialty == null) {
                errors.rejectValue("specialty", "waitlist.specialty.required");
            }
            if (radiusKm == null) {
                errors.rejectValue("radiusKm", "waitlist.radius.required");
            }
        } else if (treatmentId == null) {
            errors.rejectValue("treatmentId", "waitlist.treatment.required");
        }
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

    public UUID getTherapistId() {
        return therapistId;
    }

    public void setTherapistId(UUID therapistId) {
        this.therapistId = therapistId;
    }

    public boolean isNearby() {
        return nearby;
    }

    public void setNearby(boolean nearby) {
        this.nearby = nearby;
    }

    public Specialty getSpecialty() {
        return specialty;
    }

    public void setSpecialty(Specialty specialty) {
        this.specialty = specialty;
    }

    public Integer getRadiusKm() {
        return radiusKm;
    }

    public void setRadiusKm(Integer radiusKm) {
        this.radiusKm = radiusKm;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public void setFromDate(LocalDate fromDate) {
        this.fromDate = fromDate;
    }

    public LocalDate getToDate() {
        return toDate;
    }

    public void setToDate(LocalDate toDate) {
        this.toDate = toDate;
    }

    public String getIntakeNotes() {
        return intakeNotes;
    }

    public void setIntakeNotes(String intakeNotes) {
        this.intakeNotes = intakeNotes;
    }
}
