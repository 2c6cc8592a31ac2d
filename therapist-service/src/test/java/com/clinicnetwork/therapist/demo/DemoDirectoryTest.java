package com.clinicnetwork.therapist.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.therapist.location.IanaTimeZone;
import com.clinicnetwork.therapist.location.Location;
import com.clinicnetwork.therapist.location.LocationOpeningHours;
import com.clinicnetwork.therapist.location.LocationRequest;
import com.clinicnetwork.therapist.location.RoomKind;
import com.clinicnetwork.therapist.location.WeeklyOpeningHours;
import com.clinicnetwork.therapist.schedule.WeeklySchedule;
import com.clinicnetwork.therapist.schedule.WorkingHoursBlock;
import com.clinicnetwork.therapist.specialty.Specialty;
import com.clinicnetwork.therapist.treatment.TreatmentRequest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The seed goes through the same rules as the API; these checks catch a broken seed before start-up does. */
class DemoDirectoryTest {

    @Test
    void theChainHasTheFixedIdsOfTheConventions() {
        assertThat(DemoDirectory.locations()).extracting(DemoDirectory.DemoLocation::id).containsExactly(
                UUID.fromString("10000000-0000-4000-8000-000000000001"),
                UUID.fromString("10000000-0000-4000-8000-000000000002"),
                UUID.fromString("10000000-0000-4000-8000-000000000003"));
        assertThat(DemoDirectory.treatments()).hasSize(5)
                .allSatisfy(t -> assertThat(t.id().toString()).startsWith("30000000-0000-4000-8000-00000000000"));
        assertThat(DemoDirectory.therapists()).hasSize(8)
                .allSatisfy(t -> assertThat(t.id().toString()).startsWith("20000000-0000-4000-8000-00000000000"));
        assertThat(DemoDirectory.locations()).allSatisfy(l ->
                IanaTimeZone.require("timeZone", l.request().timeZone()));
    }

    @Test
    void everyLocationIsOnTheMapWhereItsAddressIs() {
        assertThat(DemoDirectory.locations()).allSatisfy(l -> assertThat(l.request().coordinates()).isNotNull());
        LocationRequest.Position manchester = DemoDirectory.locations().get(0).request().coordinates();
        LocationRequest.Position leeds = DemoDirectory.locations().get(1).request().coordinates();
        LocationRequest.Position berlin = DemoDirectory.locations().get(2).request().coordinates();
        // Leeds lies north-east of Manchester, Berlin far to the east.
        assertThat(leeds.latitude()).isGreaterThan(manchester.latitude());
        assertThat(leeds.longitude()).isGreaterThan(manchester.longitude());
        assertThat(berlin.longitude()).isGreaterThan(13);
    }

    @Test
    void everyLocationHasATreatmentTablePerTherapistWorkingThereAndARehabGym() {
        for (DemoDirectory.DemoLocation location : DemoDirectory.locations()) {
            List<DemoDirectory.DemoRoom> rooms = DemoDirectory.rooms().stream()
                    .filter(room -> room.locationId().equals(location.id())).toList();
            long therapists = DemoDirectory.therapists().stream()
                    .filter(therapist -> therapist.request().locationIds().contains(location.id())).count();

            assertThat(rooms).filteredOn(room -> room.request().kind().equals(RoomKind.TREATMENT_TABLE.name()))
                    .hasSize((int) therapists);
            assertThat(rooms).extracting(room -> room.request().kind()).contains(RoomKind.GYM_AREA.name());
            assertThat(rooms).extracting(room -> room.id().toString())
                    .allMatch(id -> id.startsWith("70000000-0000-4000-8000-0000000000"));
        }
        assertThat(DemoDirectory.rooms()).extracting(DemoDirectory.DemoRoom::id).doesNotHaveDuplicates();
        assertThat(DemoDirectory.treatments()).extracting(treatment -> treatment.request().roomKind())
                .containsOnly(RoomKind.TREATMENT_TABLE.name());
    }

    @Test
    void mayaOkaforWorksInManchesterAndOffersKneeAndSportsTreatments() {
        DemoDirectory.DemoTherapist maya = DemoDirectory.therapists().get(0);
        assertThat(maya.id()).isEqualTo(UUID.fromString("20000000-0000-4000-8000-000000000001"));
        assertThat(maya.request().displayName()).isEqualTo("Maya Okafor");
        assertThat(maya.request().locationIds()).containsExactly(DemoDirectory.MANCHESTER);
        assertThat(maya.request().treatmentIds()).containsExactlyInAnyOrder(DemoDirectory.KNEE, DemoDirectory.SPORTS);
        assertThat(maya.request().email()).isEqualTo("maya.okafor@clinic-network.example");
    }

    @Test
    void everyTherapistHasADemoAddressOfTheirOwn() {
        assertThat(DemoDirectory.therapists()).extracting(therapist -> therapist.request().email())
                .doesNotHaveDuplicates()
                .allSatisfy(email -> assertThat(email).matches("[a-z]+\\.[a-z]+@clinic-network\\.example"));
    }

    @Test
    void everyTherapistOffersOnlyAllowedTreatmentsAndHasAValidWeek() {
        Map<UUID, Specialty> required = DemoDirectory.treatments().stream().collect(Collectors.toMap(
                DemoDirectory.DemoTreatment::id, t -> Specialty.valueOf(t.request().requiredSpecialty())));
        LocationOpeningHours openingHours = LocationOpeningHours.of(DemoDirectory.locations().stream()
                .map(l -> new Location(l.id(), l.request().name(), l.request().address(), l.request().timeZone(),
                        WeeklyOpeningHours.of(l.request().blocks()).blocks(), List.of(), true, 1, null))
                .toList());
        for (DemoDirectory.DemoTherapist therapist : DemoDirectory.therapists()) {
            Set<Specialty> specialties = therapist.request().specialties().stream().map(Specialty::valueOf).collect(Collectors.toSet());
            assertThat(therapist.request().treatmentIds()).isNotEmpty()
                    .allSatisfy(treatment -> assertThat(specialties).contains(required.get(treatment)));
            assertThat(WeeklySchedule.of(therapist.workingHours(), therapist.request().locationIds(), openingHours).blocks())
                    .extracting(WorkingHoursBlock::dayOfWeek).contains(DayOfWeek.WEDNESDAY);
        }
    }

    @Test
    void oneTherapistSplitsTheWeekBetweenTwoLocationsAndSomeWorkSaturdays() {
        assertThat(DemoDirectory.therapists()).anySatisfy(t -> assertThat(t.workingHours().stream()
                .map(WorkingHoursBlock::locationId).distinct()).hasSize(2));
        assertThat(DemoDirectory.therapists()).anySatisfy(t -> assertThat(t.workingHours())
                .extracting(WorkingHoursBlock::dayOfWeek).contains(DayOfWeek.SATURDAY));
    }

    @Test
    void tomTakesAWeekOffAMonthAfterTheSeedMondayToFriday() {
        DemoDirectory.DemoTimeOff away = DemoDirectory.timeOff(LocalDate.of(2026, 11, 21));

        assertThat(away.therapistId()).isEqualTo(UUID.fromString("20000000-0000-4000-8000-000000000002"));
        assertThat(away.startsAt().toLocalDateTime()).isEqualTo("2026-12-14T00:00");
        assertThat(away.endsAt().toLocalDateTime()).isEqualTo("2026-12-19T00:00");
    }

    @Test
    void everyTreatmentHasAnAftercarePlan() {
        assertThat(DemoDirectory.treatments()).extracting(DemoDirectory.DemoTreatment::request)
                .extracting(TreatmentRequest::aftercarePlan)
                .allSatisfy(plan -> assertThat(plan).hasSizeGreaterThan(100));
    }
}
