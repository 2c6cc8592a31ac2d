package com.clinicnetwork.web.client.booking;

import com.clinicnetwork.web.directory.LocationAndTreatment;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.springframework.format.annotation.DateTimeFormat;
import java.util.UUID;

/**
 * Booking one session or a course: the chosen free time, the intake questions and, for a course, how often and how
 * many times. {@code idempotencyKey} is made when the form is shown and sent with the booking, so sending the same
 * form twice (a double click, a reload after a lost answer) books once.
 */
public class BookingForm extends LocationAndTreatment {

    @NotNull
    private UUID therapistId;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private OffsetDateTime startsAt;
    @NotNull
    private UUID idempotencyKey;

    @Size(max = 600)
    private String whatHurts;
    @Size(max = 200)
    private String sinceWhen;
    @Size(max = 600)
    private String goals;
    @Pattern(regexp = "|LIGHT|MEDIUM|FIRM|NO_PREFERENCE")
    private String pressure;

    private boolean course;
    @Min(1)
    @Max(12)
    private Integer intervalWeeks = 2;
    @Min(2)
    @Max(26)
    private Integer occurrences = 6;

    /** A course needs both numbers; a single session ignores them. */
    @AssertTrue
    public boolean isCourseComplete() {
        return !course || intervalWeeks != null && occurrences != null;
    }

    public UUID getTherapistId() {
        return therapistId;
    }

    public void setTherapistId(UUID therapistId) {
        this.therapistId = therapistId;
    }

    public OffsetDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(OffsetDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public UUID getIdempotencyKey() {
        return idempotencyKey;
    }

    public void setIdempotencyKey(UUID idempotencyKey) {
        this.idempotencyKey = idempotencyKey;
    }

    public String getWhatHurts() {
        return whatHurts;
    }

    public void setWhatHurts(String whatHurts) {
        this.whatHurts = whatHurts;
    }

    public String getSinceWhen() {
        return sinceWhen;
    }

    public void setSinceWhen(String sinceWhen) {
        this.sinceWhen = sinceWhen;
    }

    public String getGoals() {
        return goals;
    }

    public void setGoals(String goals) {
        this.goals = goals;
    }

    public String getPressure() {
        return pressure;
    }

    public void setPressure(String pressure) {
        this.pressure = pressure;
    }

    public boolean isCourse() {
        return course;
    }

    public void setCourse(boolean course) {
        this.course = course;
    }

    public Integer getIntervalWeeks() {
        return intervalWeeks;
    }

    public void setIntervalWeeks(Integer intervalWeeks) {
        this.intervalWeeks = intervalWeeks;
    }

    public Integer getOccurrences() {
        return occurrences;
    }

    public void setOccurrences(Integer occurrences) {
        this.occurrences = occurrences;
    }
}
