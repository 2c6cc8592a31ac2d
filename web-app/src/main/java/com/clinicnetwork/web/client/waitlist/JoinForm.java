package com.clinicnetwork.web.client.waitlist;

import com.clinicnetwork.web.directory.LocationAndTreatment;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Joining the waitlist: where, what, optionally with whom, and the days the client can come (in the location's
 * calendar; the API takes instants, so the days become the location's midnight to midnight).
 */
public class JoinForm extends LocationAndTreatment {

    /** The API's longest window: a longer wait is better served by booking ahead. */
    static final long MAX_DAYS = 90;

    private UUID therapistId;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate fromDate;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate toDate;

    @AssertTrue
    public boolean isRangeValid() {
        return fromDate == null || toDate == null
                || !toDate.isBefore(fromDate) && ChronoUnit.DAYS.between(fromDate, toDate) < MAX_DAYS;
    }

    public UUID getTherapistId() {
        return therapistId;
    }

    public void setTherapistId(UUID therapistId) {
        this.therapistId = therapistId;
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
}
