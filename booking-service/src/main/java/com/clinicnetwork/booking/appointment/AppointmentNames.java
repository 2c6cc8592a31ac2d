package com.clinicnetwork.booking.appointment;

import com.clinicnetwork.booking.client.ClientAccess;
import com.clinicnetwork.booking.client.ClientRepository;
import com.clinicnetwork.booking.directory.DirectoryRepository;
import com.clinicnetwork.servicedefaults.security.ClinicUser;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Adds display names to appointments the caller may see, so a screen renders a list without a call per row.
 * Names are loaded for the whole page at once (a fixed number of queries, however many rows); the client's
 * name only where {@link ClientAccess} lets the caller read that client, since a therapist or front desk may
 * see a cancelled appointment that gives them no relation to its client. Why a booking was flagged at risk of a no-show
 * is added for the staff who may see it.
 */
@Component
public class AppointmentNames {

    private final DirectoryRepository directory;
    private final ClientRepository clients;
    private final ClientAccess clientAccess;

    AppointmentNames(DirectoryRepository directory, ClientRepository clients, ClientAccess clientAccess) {
        this.directory = directory;
        this.clients = clients;
        this.clientAccess = clientAccess;
    }

    public List<AppointmentView> named(ClinicUser user, List<Appointment> appointments) {
        if (appointments.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> therapists = directory.therapistNames(ids(appointments, Appointment::therapistId));
        Map<UUID, String> treatments = directory.treatmentNames(ids(appointments, Appointment::treatmentId));
        Map<UUID, String> locations = directory.locationNames(ids(appointments, Appointment::locationId));
        Map<UUID, String> rooms = directory.roomNames(appointments.stream().map(Appointment::roomId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        Set<UUID> readableClients = clientAccess.readable(user, ids(appointments, Appointment::clientId));
        Map<UUID, String> clientNames = clients.fullNames(readableClients);
        return appointments.stream()
                .map(appointment -> withRiskFor(user, appointment, AppointmentView.of(appointment)
                        .withNames(therapists.get(appointment.therapistId()), treatments.get(appointment.treatmentId()),
                                locations.get(appointment.locationId()), clientNames.get(appointment.clientId()),
                                appointment.roomId() == null ? null : rooms.get(appointment.roomId()))))
                .toList();
    }

    AppointmentView named(ClinicUser user, Appointment appointment) {
        return named(user, List.of(appointment)).get(0);
    }

    /** Staff who care for the visit see why it was flagged ({@link AppointmentAccess#canSeeNoShowRisk}). */
    private static AppointmentView withRiskFor(ClinicUser user, Appointment appointment, AppointmentView view) {
        return AppointmentAccess.canSeeNoShowRisk(user, appointment)
                ? view.withNoShowRisk(NoShowRiskView.withReasons(appointment.noShowRisk()))
                : view;
    }

    private static Set<UUID> ids(List<Appointment> appointments, Function<Appointment, UUID> id) {
        return appointments.stream().map(id).collect(Collectors.toSet());
    }
}
