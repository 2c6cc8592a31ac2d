package com.clinicnetwork.booking.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clinicnetwork.booking.noshow.NoShowRisk;
import com.clinicnetwork.servicedefaults.refusal.NotPermittedException;
import com.clinicnetwork.servicedefaults.security.ClinicUser;
import com.clinicnetwork.servicedefaults.security.Role;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AppointmentAccessTest {

    private static final UUID CLIENT = UUID.randomUUID();
    private static final UUID OTHER_CLIENT = UUID.randomUUID();
    private static final UUID THERAPIST = UUID.randomUUID();
    private static final UUID LOCATION = UUID.randomUUID();
    private static final UUID OTHER_LOCATION = UUID.randomUUID();

    private static final Appointment APPOINTMENT = new Appointment(UUID.randomUUID(), CLIENT, THERAPIST, LOCATION,
            UUID.randomUUID(), Instant.parse("2026-12-01T10:00:00Z"), Instant.parse("2026-12-01T11:00:00Z"),
            Instant.parse("2026-12-01T11:15:00Z"), AppointmentStatus.BOOKED, null, 1, Instant.parse("2026-11-01T10:00:00Z"),
            null, null, null, null, NoShowRisk.NONE);

    @Test
    void aClientBooksForThemselves() {
        assertThat(AppointmentAccess.clientToBookFor(client(CLIENT), null, LOCATION)).isEqualTo(CLIENT);
        assertThat(AppointmentAccess.clientToBookFor(client(CLIENT), CLIENT, LOCATION)).isEqualTo(CLIENT);
    }

    @Test
    void aClientCannotBookForAnotherClient() {
        assertNotPermitted(() -> AppointmentAccess.clientToBookFor(client(CLIENT), OTHER_CLIENT, LOCATION));
    }

    @Test
    void aClientAccountWithoutAClientRecordCannotBook() {
        ClinicUser unlinked = new ClinicUser("unlinked", Set.of(Role.CLIENT), Optional.empty(), Optional.empty(), Set.of());
        assertNotPermitted(() -> AppointmentAccess.clientToBookFor(unlinked, null, LOCATION));
    }

    @Test
    void frontDeskBooksForAnyClientButOnlyAtItsLocationsAndNamesTheClient() {
        ClinicUser frontDesk = staff(Role.FRONT_DESK, LOCATION);

        assertThat(AppointmentAccess.clientToBookFor(frontDesk, OTHER_CLIENT, LOCATION)).isEqualTo(OTHER_CLIENT);
        assertNotPermitted(() -> AppointmentAccess.clientToBookFor(frontDesk, OTHER_CLIENT, OTHER_LOCATION));
        assertClientMissing(() -> AppointmentAccess.clientToBookFor(frontDesk, null, LOCATION));
    }

    @Test
    void clinicAdminsBookForAnyoneAnywhere() {
        ClinicUser admin = staff(Role.CLINIC_ADMIN);

        assertThat(AppointmentAccess.clientToBookFor(admin, OTHER_CLIENT, OTHER_LOCATION)).isEqualTo(OTHER_CLIENT);
        assertClientMissing(() -> AppointmentAccess.clientToBookFor(admin, null, LOCATION));
    }

    @Test
    void therapistsAndOperatorsDoNotBook() {
        assertNotPermitted(() -> AppointmentAccess.clientToBookFor(therapist(THERAPIST), CLIENT, LOCATION));
        assertNotPermitted(() -> AppointmentAccess.clientToBookFor(staff(Role.OPERATOR), CLIENT, LOCATION));
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

    @Test
    void clientsRescheduleAndCancelTheirOwnAndTherapistsRecordWhatHappenedInTheirSessions() {
        for (Transition transition : List.of(Transition.RESCHEDULE, Transition.CANCEL)) {
            AppointmentAccess.requireAllowed(client(CLIENT), APPOINTMENT, transition);
            assertNotPermitted(() -> AppointmentAccess.requireAllowed(therapist(THERAPIST), APPOINTMENT, transition));
        }
        for (Transition transition : List.of(Transition.CHECK_IN, Transition.FULFIL, Transition.NO_SHOW)) {
            AppointmentAccess.requireAllowed(therapist(THERAPIST), APPOINTMENT, transition);
            assertNotPermitted(() -> AppointmentAccess.requireAllowed(client(CLIENT), APPOINTMENT, transition));
        }
    }

    @Test
    void frontDeskAtTheLocationAndAdminsMayDoEverythingFrontDeskElsewhereNothing() {
        for (Transition transition : Transition.values()) {
            AppointmentAccess.requireAllowed(staff(Role.FRONT_DESK, LOCATION), APPOINTMENT, transition);
            AppointmentAccess.requireAllowed(staff(Role.CLINIC_ADMIN), APPOINTMENT, transition);
            assertNotPermitted(() -> AppointmentAccess.requireAllowed(staff(Role.FRONT_DESK, OTHER_LOCATION), APPOINTMENT,
                    transition));
            assertNotPermitted(() -> AppointmentAccess.requireAllowed(client(OTHER_CLIENT), APPOINTMENT, transition));
        }
    }

    @Test
    void theClientConfirmsTheyWillComeOrTheFrontDeskOfTheLocationRecordsItNobodyElse() {
        AppointmentAccess.requireMayConfirm(client(CLIENT), APPOINTMENT);
        AppointmentAccess.requireMayConfirm(staff(Role.FRONT_DESK, LOCATION), APPOINTMENT);

        assertNotPermitted(() -> AppointmentAccess.requireMayConfirm(client(OTHER_CLIENT), APPOINTMENT));
        assertNotPermitted(() -> AppointmentAccess.requireMayConfirm(staff(Role.FRONT_DESK, OTHER_LOCATION), APPOINTMENT));
        assertNotPermitted(() -> AppointmentAccess.requireMayConfirm(therapist(THERAPIST), APPOINTMENT));
        assertNotPermitted(() -> AppointmentAccess.requireMayConfirm(staff(Role.CLINIC_ADMIN), APPOINTMENT));
    }

    @Test
    void whyABookingIsAtRiskIsForTheStaffWhoCareForTheVisitNotForTheClient() {
        assertThat(AppointmentAccess.canSeeNoShowRisk(staff(Role.FRONT_DESK, LOCATION), APPOINTMENT)).isTrue();
        assertThat(AppointmentAccess.canSeeNoShowRisk(therapist(THERAPIST), APPOINTMENT)).isTrue();
        assertThat(AppointmentAccess.canSeeNoShowRisk(staff(Role.CLINIC_ADMIN), APPOINTMENT)).isTrue();

        assertThat(AppointmentAccess.canSeeNoShowRisk(client(CLIENT), APPOINTMENT)).isFalse();
        assertThat(AppointmentAccess.canSeeNoShowRisk(staff(Role.FRONT_DESK, OTHER_LOCATION), APPOINTMENT)).isFalse();
        assertThat(AppointmentAccess.canSeeNoShowRisk(therapist(UUID.randomUUID()), APPOINTMENT)).isFalse();
        assertThat(AppointmentAccess.canSeeNoShowRisk(staff(Role.OPERATOR, LOCATION), APPOINTMENT)).isFalse();
    }

    @Test
    void searchesAreNarrowedToWhatTheCallerMaySee() {
        assertThat(AppointmentAccess.narrow(client(CLIENT), ANY).clientId()).contains(CLIENT);
        assertThat(AppointmentAccess.narrow(therapist(THERAPIST), ANY).therapistId()).contains(THERAPIST);
        assertThat(AppointmentAccess.narrow(staff(Role.FRONT_DESK, LOCATION, OTHER_LOCATION), ANY).locationsIn())
                .containsExactlyInAnyOrder(LOCATION, OTHER_LOCATION);
        assertThat(AppointmentAccess.narrow(staff(Role.CLINIC_ADMIN), ANY)).isEqualTo(ANY);
    }

    @Test
    void askingForMoreThanOneMaySeeIsForbidden() {
        assertNotPermitted(() -> AppointmentAccess.narrow(client(CLIENT), filter(OTHER_CLIENT, null, null)));
        assertNotPermitted(() -> AppointmentAccess.narrow(therapist(THERAPIST), filter(null, UUID.randomUUID(), null)));
        assertNotPermitted(() -> AppointmentAccess.narrow(staff(Role.FRONT_DESK, LOCATION), filter(null, null, OTHER_LOCATION)));
        // Front desk without locations would otherwise be unrestricted.
        assertNotPermitted(() -> AppointmentAccess.narrow(staff(Role.FRONT_DESK), ANY));
        assertNotPermitted(() -> AppointmentAccess.narrow(staff(Role.OPERATOR), ANY));
    }

    private static final AppointmentFilter ANY = filter(null, null, null);

    private static AppointmentFilter filter(UUID clientId, UUID therapistId, UUID locationId) {
        return new AppointmentFilter(Optional.ofNullable(clientId), Optional.ofNullable(therapistId),
                Optional.ofNullable(locationId), Set.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    private static void assertNotPermitted(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOf(NotPermittedException.class);
    }

    private static void assertClientMissing(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(BookingRejectedException.class, e -> {
            assertThat(e.reason()).isEqualTo(BookingRejectedException.Reason.CLIENT_MISSING);
            assertThat(e.field()).isEqualTo("clientId");
        });
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
