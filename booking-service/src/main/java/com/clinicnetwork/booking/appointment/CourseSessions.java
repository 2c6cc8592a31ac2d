package com.clinicnetwork.booking.appointment;

import com.clinicnetwork.servicedefaults.security.ClinicUser;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** The sessions of a course (series), read and cancelled as the appointments they are. */
@Component
public class CourseSessions {

    private final AppointmentRepository appointments;
    private final AppointmentChanges changes;
    private final AppointmentNames names;
    private final TransactionTemplate transactions;
    private final Clock clock;

    CourseSessions(AppointmentRepository appointments, AppointmentChanges changes, AppointmentNames names,
            TransactionTemplate transactions, Clock clock) {
        this.appointments = appointments;
        this.changes = changes;
        this.names = names;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The course's sessions the user may see (see {@link AppointmentAccess}), earliest first, with display names. */
    public List<AppointmentView> visible(ClinicUser user, UUID seriesId) {
        return names.named(user, appointments.inSeries(seriesId).stream()
                .filter(session -> AppointmentAccess.canView(user, session))
                .toList());
    }

    /**
     * Cancels every session still BOOKED and yet to start, each through the normal cancellation (who may, events,
     * the freed slot offered to the waitlist, the late-cancellation flag by the location's policy), all in one
     * transaction: the sessions are row-locked first, earliest first, so a concurrent change of one session waits
     * or is waited for, and either every upcoming session is cancelled or none is.
     */
    public void cancelUpcoming(ClinicUser user, UUID seriesId, String reason) {
        transactions.executeWithoutResult(status -> {
            for (UUID id : appointments.lockUpcomingInSeries(seriesId, clock.instant())) {
                changes.cancel(user, id, null, new CancelRequest(reason));
            }
        });
    }
}
