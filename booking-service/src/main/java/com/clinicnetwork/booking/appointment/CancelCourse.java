package com.clinicnetwork.booking.appointment;

import com.clinicnetwork.servicedefaults.security.ClinicUser;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Cancels what is still to come of a course (series): its sessions, as the appointments they are. */
@Service
public class CancelCourse {

    private final AppointmentRepository appointments;
    private final AppointmentChanges changes;
    private final Clock clock;

    CancelCourse(AppointmentRepository appointments, AppointmentChanges changes, Clock clock) {
        this.appointments = appointments;
        this.changes = changes;
        this.clock = clock;
    }

    /**
     * Cancels every session still BOOKED and yet to start, each through the normal cancellation (who may, events,
     * the freed slot offered to the waitlist, the late-cancellation flag by the location's policy), all in one
     * transaction: the sessions are row-locked first, earliest first, so a concurrent change of one session waits
     * or is waited for, and either every upcoming session is cancelled or none is.
     */
    @Transactional
    public void cancelUpcoming(ClinicUser user, UUID seriesId, String reason) {
        for (UUID id : appointments.lockUpcomingInSeries(seriesId, clock.instant())) {
            changes.cancel(user, id, null, new CancelRequest(reason));
        }
    }
}
