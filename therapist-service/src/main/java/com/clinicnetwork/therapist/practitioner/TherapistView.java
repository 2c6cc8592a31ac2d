package com.clinicnetwork.therapist.practitioner;

import com.clinicnetwork.therapist.schedule.ExtraHours;
import com.clinicnetwork.therapist.schedule.TimeOff;
import com.clinicnetwork.therapist.schedule.WorkingHoursBlock;
import com.clinicnetwork.servicedefaults.security.ClinicUser;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A therapist as a booking page shows them: the locations and treatments come with their names.
 *
 * @param email where the platform writes to the therapist; shown only to clinic admins and the therapist themself
 *              ({@link #readBy}), null to everyone else and when not known
 */
public record TherapistView(UUID id, String displayName, @Nullable String bio, String licenceNumber, List<String> specialties,
        List<LocationSummary> locations, List<TreatmentSummary> treatments, List<WorkingHoursBlock> workingHours,
        List<TimeOff> timeOff, List<ExtraHours> extraHours, boolean active, long version, @Nullable String email) {

    /** The view as {@code reader} may see it: the email address is contact data the directory's readers do not need. */
    TherapistView readBy(ClinicUser reader) {
        if (email == null || TherapistAccess.mayReadContact(reader, id)) {
            return this;
        }
        return new TherapistView(id, displayName, bio, licenceNumber, specialties, locations, treatments, workingHours, timeOff,
                extraHours, active, version, null);
    }

    public record LocationSummary(UUID id, String name, String timeZone) {
    }

    public record TreatmentSummary(UUID id, String name, int durationMinutes, BigDecimal price) {
    }
}
