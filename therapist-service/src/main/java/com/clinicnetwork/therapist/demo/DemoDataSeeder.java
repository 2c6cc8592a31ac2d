package com.clinicnetwork.therapist.demo;

import com.clinicnetwork.servicedefaults.security.ClinicUser;
import com.clinicnetwork.servicedefaults.security.Role;
import com.clinicnetwork.therapist.location.LocationService;
import com.clinicnetwork.therapist.location.RoomService;
import com.clinicnetwork.therapist.schedule.TimeOff;
import com.clinicnetwork.therapist.practitioner.ScheduleExceptionService;
import com.clinicnetwork.therapist.practitioner.TherapistService;
import com.clinicnetwork.therapist.treatment.TreatmentService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the demo chain into an empty directory when {@code clinic.demo-data.enabled} is true (env
 * {@code CLINIC_DEMO_DATA}). It goes through the application services, so every record is validated
 * and published to {@code clinic.directory.v1} like any admin's change.
 */
@Component
@ConditionalOnBooleanProperty("clinic.demo-data.enabled")
class DemoDataSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);
    /** Serialises replicas starting together, so only one of them finds the directory empty. */
    private static final long SEED_LOCK_ID = 0x0C11_41C0_0707_0101L;
    /** The seed acts as a clinic admin would, through the same checks. */
    private static final ClinicUser SEEDER = new ClinicUser("demo-data-seeder", Set.of(Role.CLINIC_ADMIN),
            Optional.empty(), Optional.empty(), Set.of());

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final LocationService locations;
    private final RoomService rooms;
    private final TreatmentService treatments;
    private final TherapistService therapists;
    private final ScheduleExceptionService scheduleExceptions;
    private final Clock clock;

    DemoDataSeeder(JdbcClient jdbc, TransactionTemplate transactions, LocationService locations, RoomService rooms,
            TreatmentService treatments, TherapistService therapists, ScheduleExceptionService scheduleExceptions,
            Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.locations = locations;
        this.rooms = rooms;
        this.treatments = treatments;
        this.therapists = therapists;
        this.scheduleExceptions = scheduleExceptions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Boolean seeded = transactions.execute(status -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(:lock)").param("lock", SEED_LOCK_ID).query((rs, row) -> null).list();
            if (!directoryIsEmpty()) {
                return false;
            }
            DemoDirectory.locations().forEach(location -> locations.create(location.id(), location.request()));
            DemoDirectory.rooms().forEach(room -> rooms.add(room.locationId(), room.id(), room.request()));
            DemoDirectory.treatments().forEach(treatment -> treatments.create(treatment.id(), treatment.request()));
            DemoDirectory.therapists().forEach(therapist -> {
                therapists.create(therapist.id(), therapist.request());
                therapists.replaceWorkingHours(therapist.id(), therapist.workingHours(), null);
            });
            DemoDirectory.DemoTimeOff away = DemoDirectory.timeOff(LocalDate.now(clock));
            scheduleExceptions.addTimeOff(away.therapistId(), new TimeOff(UUID.randomUUID(), away.startsAt(), away.endsAt()),
                    SEEDER);
            return true;
        });
        if (Boolean.TRUE.equals(seeded)) {
            log.info("Seeded the demo directory: {} locations with {} rooms, {} treatments, {} therapists",
                    DemoDirectory.locations().size(), DemoDirectory.rooms().size(), DemoDirectory.treatments().size(),
                    DemoDirectory.therapists().size());
        } else {
            log.info("Directory already has data; demo seed skipped");
        }
    }

    private boolean directoryIsEmpty() {
        return jdbc.sql("""
                        SELECT NOT EXISTS (SELECT 1 FROM locations)
                           AND NOT EXISTS (SELECT 1 FROM treatments)
                           AND NOT EXISTS (SELECT 1 FROM therapists)
                        """)
                .query(Boolean.class)
                .single();
    }
}
