package com.clinicnetwork.booking.appointment;

import com.clinicnetwork.servicedefaults.security.ClinicUser;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Reads of appointments for other features, narrowed to what the caller may see ({@link AppointmentAccess}). */
@Component
public class AppointmentReads {

    private final AppointmentRepository appointments;
    private final AppointmentNames names;

    AppointmentReads(AppointmentRepository appointments, AppointmentNames names) {
        this.appointments = appointments;
        this.names = names;
    }

    /** The course's sessions the user may see, earliest first, with display names. */
    public List<AppointmentView> sessionsOfCourse(ClinicUser user, UUID seriesId) {
        return names.named(user, appointments.inSeries(seriesId).stream()
                .filter(session -> AppointmentAccess.canView(user, session))
                .toList());
    }
}
