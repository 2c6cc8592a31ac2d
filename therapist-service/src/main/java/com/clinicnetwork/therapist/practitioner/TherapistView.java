package com.clinicnetwork.therapist.practitioner;

import com.clinicnetwork.therapist.schedule.ExtraHours;
import com.clinicnetwork.therapist.schedule.TimeOff;
import com.clinicnetwork.therapist.schedule.WorkingHoursBlock;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A therapist as a booking page shows them: the locations and treatments come with their names. */
public record TherapistView(UUID id, String displayName, @Nullable String bio, String licenceNumber, List<String> specialties,
        List<LocationSummary> locations, List<TreatmentSummary> treatments, List<WorkingHoursBlock> workingHours,
        List<TimeOff> timeOff, List<ExtraHours> extraHours, boolean active, long version) {

    public record LocationSummary(UUID id, String name, String timeZone) {
    }

    public record TreatmentSummary(UUID id, String name, int durationMinutes, BigDecimal price) {
    }
}
