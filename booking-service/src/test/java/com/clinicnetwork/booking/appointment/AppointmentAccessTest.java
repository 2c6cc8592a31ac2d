package com.clinicnetwork.booking.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clinicnetwork.servicedefaults.security.ClinicUser;
import com.clinicnetwork.servicedefaults.security.Role;
import com.clinicnetwork.servicedefaults.web.ApiProblemException;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class AppointmentAccessTest {

    private static final UUID CLIENT = UUID.randomUUID();
    private static final UUID OTHER_CLIENT = UUID.randomUUID();
    private static final UUID THERAPIST = UUID.randomUUID();
    private static final UUID LOCATION = UUID.randomUUID();
    private static final UUID OTHER_LOCATION = UUID.randomUUID();

    private static final Appointment APPOINTMENT = new Appointment(UUID.randomUUID(), CLIENT, THERAPIST, LOCATION,
            UUID.randomUUID(), Instant.parse("2026-12-01T10:00:00Z"), Instant.parse("2026-12-01T11:00:00Z"),
            Instant.parse("2026-12-01T11:15:00Z"), AppointmentStatus.BOOKED, null, 1, Instant.parse("2026-11-01T10:00:00Z"));

    @Test
    void aClientBooksForThemselves() {
        assertThat(AppointmentAccess.clientToBookFor(client(CLIENT), null, LOCATION)).isEqualTo(CLIENT);
        assertThat(AppointmentAccess.clientToBookFor(client(CLIENT), CLIENT, LOCATION)).isEqualTo(CLIENT);
    }

    @Test
    void aClientCannotBookForAnotherClient() {
        assertStatus(() -> AppointmentAccess.clientToBookFor(client(CLIENT), OTHER_CLIENT, LOCATION), HttpStatus.FORBIDDEN);
    }

    @Test
    void aClientAccountWithoutAClientRecordCannotBook() {
        ClinicUser unlinked = new ClinicUser("unlinked", Set.of(Role.CLIENT), Optional.empty(), Optional.empty(), Set.of());
        assertStatus(() -> AppointmentAccess.clientToBookFor(unlinked, null, LOCATION), HttpStatus.FORBIDDEN);
    }

    @Test
    void frontDeskBooksForAnyClientButOnlyAtItsLocationsAndNamesTheClient() {
        ClinicUser frontDesk = staff(Role.FRONT_DESK, LOCATION);

        assertThat(AppointmentAccess.clientToBookFor(frontDesk, OTHER_CLIENT, LOCATION)).isEqualTo(OTHER_CLIENT);
        assertStatus(() -> AppointmentAccess.clientToBookFor(frontDesk, OTHER_CLIENT, OTHER_LOCATION), HttpStatus.FORBIDDEN);
        assertStatus(() -> AppointmentAccess.clientToBookFor(frontDesk, null, LOCATION), HttpStatus.BAD_REQUEST);
    }

    @Test
    void clinicAdminsBookForAnyoneAnywhere() {
        ClinicUser admin = staff(Role.CLINIC_ADMIN);

        assertThat(AppointmentAccess.clientToBookFor(admin, OTHER_CLIENT, OTHER_LOCATION)).isEqualTo(OTHER_CLIENT);
        assertStatus(() -> AppointmentAccess.clientToBookFor(admin, null, LOCATION), HttpStatus.BAD_REQUEST);
    }

    @Test
    void therapistsAndOperatorsDoNotBook() {
        assertStatus(() -> AppointmentAccess.clientToBookFor(therapist(THERAPIST), CLIENT, LOCATION), HttpStatus.FORBIDDEN);
        assertStatus(() -> AppointmentAccess.clientToBookFor(staff(Role.OPERATOR), CLIENT, LOCATION), HttpStatus.FORBIDDEN);
    }

    @Test
    void theClientTheirTherapistFrontDeskAtTheLocationAndAdminsSeeTheAppointment() {
        assertThat(AppointmentAccess.canView(client(CLIENT), APPOINTMENT)).isTrue();
        assertThat(AppointmentAccess.canView(therapist(THERAPIST), APPOINTMENT)).isTrue();
        assertThat(AppointmentAccess.canView(staff(Role.FRONT_DESK, LOCATION), APPOINTMENT)).isTrue();
        assertThat(AppointmentAccess.canView(staff(Role.CLINIC_ADMIN), APPOINTMENT)).isTrue();
    }

    @Test
    void nobodyElseSeesTheAppointment() {
        assertThat(AppointmentAccess.canView(client(OTHER_CLIENT), APPOINTMENT)).isFalse();
        assertThat(AppointmentAccess.canView(therapist(UUID.randomUUID()), APPOINTMENT)).isFalse();
        assertThat(AppointmentAccess.canView(staff(Role.FRONT_DESK, OTHER_LOCATION), APPOINTMENT)).isFalse();
        assertThat(AppointmentAccess.canView(staff(Role.OPERATOR, LOCATION), APPOINTMENT)).isFalse();
    }

    private static void assertStatus(Runnable call, HttpStatus status) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(ApiProblemException.class, e -> assertThat(e.status()).isEqualTo(status));
    }

    private static ClinicUser client(UUID clientId) {
        return new ClinicUser("client-" + clientId, Set.of(Role.CLIENT), Optional.of(clientId), Optional.empty(), Set.of());
    }

    private static ClinicUser therapist(UUID therapistId) {
        return new ClinicUser("therapist", Set.of(Role.THERAPIST), Optional.empty(), Optional.of(therapistId), Set.of(LOCATION));
    }

    private static ClinicUser staff(Role role, UUID... locations) {
        return new ClinicUser(role.name().toLowerCase(), Set.of(role), Optional.empty(), Optional.empty(), Set.of(locations));
    }
}
