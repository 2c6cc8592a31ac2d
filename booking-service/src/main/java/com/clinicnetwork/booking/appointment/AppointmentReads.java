package com.clinicnetwork.booking.appointment;

import com.clinicnetwork.servicedefaults.security.ClinicUser;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

    /**
     * One page of the appointments that match the search and that the user may see, earliest start first, narrowed
     * as the list of the JSON API is: asking for more than the user may see is refused.
     *
     * @throws com.clinicnetwork.servicedefaults.refusal.NotPermittedException as {@link AppointmentAccess#narrow} refuses
     */
    public Page search(ClinicUser user, StartSearch search, long offset, int limit) {
        AppointmentFilter requested = new AppointmentFilter(search.clientId(), search.therapistId(), search.locationId(),
                Set.of(), search.startsFrom(), search.startsBefore(), search.status(), Optional.empty());
        AppointmentRepository.Found found = appointments.searchByStart(AppointmentAccess.narrow(user, requested),
                search.id(), offset, limit);
        return new Page(found.items(), found.totalItems());
    }

    /** The appointment, if it exists and the user may see it (to anyone else it does not exist). */
    public Optional<Appointment> visible(ClinicUser user, UUID id) {
        return appointments.find(id).filter(appointment -> AppointmentAccess.canView(user, appointment));
    }

    /**
     * What a search by start time asks for; each empty part matches every appointment.
     *
     * @param startsFrom   the earliest start, inclusive
     * @param startsBefore the start lies before this instant
     */
    public record StartSearch(Optional<UUID> id, Optional<UUID> clientId, Optional<UUID> therapistId,
            Optional<UUID> locationId, Optional<Instant> startsFrom, Optional<Instant> startsBefore,
            Optional<AppointmentStatus> status) {
    }

    /** One page of a search and how many appointments match in all. */
    public record Page(List<Appointment> items, long total) {
    }
}
