package com.clinicnetwork.booking.fhir;

import com.clinicnetwork.booking.appointment.Appointment;
import com.clinicnetwork.booking.appointment.AppointmentNames;
import com.clinicnetwork.booking.appointment.AppointmentReads;
import com.clinicnetwork.booking.appointment.AppointmentStatus;
import com.clinicnetwork.booking.client.ClientAccess;
import com.clinicnetwork.servicedefaults.refusal.InvalidValueException;
import com.clinicnetwork.servicedefaults.security.ClinicUser;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.ResourceType;
import org.springframework.stereotype.Service;

/**
 * Appointments as FHIR, to exactly those who see them in the JSON API ({@code AppointmentAccess}): a client their own,
 * a therapist theirs, front desk its locations' and clinic admins all; a search beyond that is refused and a read of
 * someone else's is not found. The patient (the client's id and name) appears only where the caller may read that
 * client ({@link ClientAccess}: the client, their therapist, front desk where they are registered or booked, clinic
 * admins); otherwise the appointment names no patient at all. Intake notes, cancellation reasons and contact details
 * never appear.
 */
@Service
class AppointmentExport {

    static final String STATUS_SYSTEM = "http://hl7.org/fhir/appointmentstatus";
    /** Statuses FHIR knows that the platform's lifecycle never takes: searching for them finds nothing. */
    private static final Set<String> OTHER_FHIR_STATUSES = Set.of("proposed", "pending", "arrived", "entered-in-error",
            "waitlist");

    private final AppointmentReads reads;
    private final AppointmentNames names;
    private final ClientAccess clientAccess;

    AppointmentExport(AppointmentReads reads, AppointmentNames names, ClientAccess clientAccess) {
        this.reads = reads;
        this.names = names;
        this.clientAccess = clientAccess;
    }

    Found search(ClinicUser user, SearchParameters search, int count, long offset) {
        Optional<String> id = search.single(SearchParameters.ID);
        Optional<UUID> appointmentId = id.flatMap(DirectoryExport::uuid);
        DateRange date = search.dates("date");
        AppointmentReads.StartSearch query = new AppointmentReads.StartSearch(appointmentId,
                search.reference("patient", ResourceType.Patient.name()),
                search.reference("practitioner", ResourceType.Practitioner.name()),
                search.reference("location", ResourceType.Location.name()),
                date.from(), date.before(), status(search));
        if (id.isPresent() && appointmentId.isEmpty() || date.isEmpty() || matchesNoStatusOfOurs(search)) {
            return Found.NOTHING;
        }
        AppointmentReads.Page page = reads.search(user, query, offset, count);
        return new Found(resources(user, page.items()), page.total());
    }

    Optional<org.hl7.fhir.r4.model.Appointment> read(ClinicUser user, String id) {
        return DirectoryExport.uuid(id).flatMap(uuid -> reads.visible(user, uuid))
                .map(appointment -> resources(user, List.of(appointment)).get(0));
    }

    private List<org.hl7.fhir.r4.model.Appointment> resources(ClinicUser user, List<Appointment> appointments) {
        Set<UUID> readableClients = clientAccess.readable(user, appointments.stream().map(Appointment::clientId)
                .collect(Collectors.toSet()));
        return names.named(user, appointments).stream()
                .map(view -> R4Resources.appointment(view, readableClients.contains(view.clientId())))
                .toList();
    }

    /** The status searched for, as the platform names it; one at a time. */
    private static Optional<AppointmentStatus> status(SearchParameters search) {
        List<String> codes = search.tokens("status", STATUS_SYSTEM);
        if (codes.size() > 1) {
            throw new InvalidValueException("status", "one status at a time");
        }
        return codes.stream().findFirst().flatMap(code -> {
            Optional<AppointmentStatus> ours = Arrays.stream(AppointmentStatus.values())
                    .filter(status -> R4Resources.status(status).toCode().equals(code))
                    .findFirst();
            if (ours.isEmpty() && !OTHER_FHIR_STATUSES.contains(code)) {
                throw new InvalidValueException("status", "'" + code + "' is not an appointment status");
            }
            return ours;
        });
    }

    private static boolean matchesNoStatusOfOurs(SearchParameters search) {
        return search.tokens("status", STATUS_SYSTEM).stream().anyMatch(OTHER_FHIR_STATUSES::contains);
    }
}
