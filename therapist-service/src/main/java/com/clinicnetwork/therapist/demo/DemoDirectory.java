package com.clinicnetwork.therapist.demo;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import com.clinicnetwork.therapist.location.LocationRequest;
import com.clinicnetwork.therapist.location.RoomKind;
import com.clinicnetwork.therapist.location.RoomRequest;
import com.clinicnetwork.therapist.schedule.WorkingHoursBlock;
import com.clinicnetwork.therapist.specialty.Specialty;
import com.clinicnetwork.therapist.practitioner.TherapistRequest;
import com.clinicnetwork.therapist.treatment.TreatmentRequest;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * The demo chain with the fixed ids of {@code docs/conventions.md}, so demo tokens, the booking seed
 * and the docs refer to the same records: three locations in two time zones, five treatments, eight
 * therapists with different specialty mixes.
 */
final class DemoDirectory {

    /** The chain's demo mail domain; the local run's SMTP server takes every address. */
    static final String DEMO_MAIL_DOMAIN = "clinic-network.example";

    static final UUID MANCHESTER = location(1);
    static final UUID LEEDS = location(2);
    static final UUID BERLIN = location(3);

    static final UUID KNEE = treatment(1);
    static final UUID SPORTS = treatment(2);
    static final UUID TRIGGER_POINT = treatment(3);
    static final UUID MYOFASCIAL = treatment(4);
    static final UUID DEEP_TISSUE = treatment(5);

    /** Every demo treatment is hands-on work on a table. */
    private static final String TABLE = RoomKind.TREATMENT_TABLE.name();

    private static final DayOfWeek[] WEEKDAYS = {MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY};

    record DemoLocation(UUID id, LocationRequest request) {
    }

    record DemoTreatment(UUID id, TreatmentRequest request) {
    }

    record DemoRoom(UUID locationId, UUID id, RoomRequest request) {
    }

    record DemoTherapist(UUID id, TherapistRequest request, List<WorkingHoursBlock> workingHours) {
    }

    record DemoTimeOff(UUID therapistId, OffsetDateTime startsAt, OffsetDateTime endsAt) {
    }

    private DemoDirectory() {
    }

    static List<DemoLocation> locations() {
        return List.of(
                new DemoLocation(MANCHESTER, new LocationRequest("Manchester Riverside",
                        "12 Riverside Walk, Manchester M3 4JR, United Kingdom", "Europe/London",
                        opening(block("08:00", "19:00"), block("09:00", "17:00")), true, at(53.4808, -2.2536))),
                new DemoLocation(LEEDS, new LocationRequest("Leeds Headingley",
                        "48 Otley Road, Leeds LS6 3AA, United Kingdom", "Europe/London",
                        opening(block("08:00", "18:00"), block("09:00", "14:00")), true, at(53.8196, -1.5776))),
                new DemoLocation(BERLIN, new LocationRequest("Berlin Mitte",
                        "Rosenthaler Straße 40, 10178 Berlin, Germany", "Europe/Berlin",
                        opening(block("08:00", "20:00"), block("09:00", "18:00")), true, at(52.5268, 13.4020))));
    }

    /** Where the demo addresses are; Manchester and Leeds are about 58 km apart, so one can stand in for the other. */
    private static LocationRequest.Position at(double latitude, double longitude) {
        return new LocationRequest.Position(latitude, longitude);
    }

    /**
     * A treatment table per therapist working at the location, so tables never hold back the demo's bookings, and a
     * rehab gym; ids {@code 70000000-0000-4000-8000-0000000000LN} for room N of location L.
     */
    static List<DemoRoom> rooms() {
        List<DemoRoom> rooms = new ArrayList<>();
        List<UUID> locations = List.of(MANCHESTER, LEEDS, BERLIN);
        for (int l = 0; l < locations.size(); l++) {
            for (int n = 1; n <= 3; n++) {
                rooms.add(room(locations.get(l), l + 1, n, "Room " + n, RoomKind.TREATMENT_TABLE));
            }
            rooms.add(room(locations.get(l), l + 1, 4, "Rehab gym", RoomKind.GYM_AREA));
        }
        return rooms;
    }

    private static DemoRoom room(UUID locationId, int location, int n, String name, RoomKind kind) {
        return new DemoRoom(locationId, UUID.fromString("70000000-0000-4000-8000-0000000000" + location + n),
                new RoomRequest(name, kind.name(), true));
    }

    /**
     * Tom Haldane's week off, a month after the seed runs, so the demo shows time off without ever
     * blocking the near-term slots the walkthrough books (and without going stale like a fixed date).
     */
    static DemoTimeOff timeOff(LocalDate seededOn) {
        LocalDate monday = seededOn.plusWeeks(4).with(TemporalAdjusters.previousOrSame(MONDAY));
        ZoneId london = ZoneId.of("Europe/London");
        return new DemoTimeOff(therapist(2), monday.atStartOfDay(london).toOffsetDateTime(),
                monday.plusDays(5).atStartOfDay(london).toOffsetDateTime());
    }

    static List<DemoTreatment> treatments() {
        return List.of(
                new DemoTreatment(KNEE, new TreatmentRequest("Knee pain relief massage, 60 min", 60, 15,
                        Specialty.KNEE_REHABILITATION.name(), """
                        Twice a day for two weeks: 10 quad sets (tighten the thigh, hold 5 s), 10 straight-leg raises \
                        each side, and a 30 s hamstring stretch each side. Heel slides, 2 x 10, to keep the knee moving. \
                        Ice for 15 minutes if it swells after activity. Avoid deep kneeling for 48 hours; use a cushion \
                        when gardening. Stop any exercise that causes sharp pain and tell your therapist.""",
                        new BigDecimal("65.00"), true, TABLE)),
                new DemoTreatment(SPORTS, new TreatmentRequest("Sports massage, 45 min", 45, 15,
                        Specialty.SPORTS_MASSAGE.name(), """
                        Drink plenty of water today and keep the next 24 hours to easy movement: a 20-minute walk or an \
                        easy spin. Foam-roll calves, quads and glutes for 60 s each, once a day. Hold hip-flexor and \
                        calf stretches for 30 s, 3 times each side, after training. Resume hard sessions after 48 hours.""",
                        new BigDecimal("50.00"), true, TABLE)),
                new DemoTreatment(TRIGGER_POINT, new TreatmentRequest("Trigger point therapy, 30 min", 30, 10,
                        Specialty.TRIGGER_POINT_THERAPY.name(), """
                        Some tenderness for a day or two is normal. Apply gentle heat for 10 minutes in the evening. \
                        Twice a day: upper-trapezius stretch (ear towards shoulder) 3 x 30 s each side, and 10 slow \
                        shoulder rolls. Press a tennis ball against a wall on the treated spot for 60 s, no harder \
                        than a 5 out of 10. Check your desk set-up: screen at eye level, shoulders relaxed.""",
                        new BigDecimal("40.00"), true, TABLE)),
                new DemoTreatment(MYOFASCIAL, new TreatmentRequest("Myofascial release, 60 min", 60, 15,
                        Specialty.MYOFASCIAL_RELEASE.name(), """
                        Move gently and often for the next two days; avoid sitting for more than 45 minutes at a time. \
                        Daily: cat-cow 10 slow repetitions, child's pose 60 s, and a doorway chest stretch 3 x 30 s. \
                        Slow foam rolling along the treated area, 2 minutes, breathing out as you roll. Warm bath or \
                        shower in the evening helps the tissue stay supple.""",
                        new BigDecimal("65.00"), true, TABLE)),
                new DemoTreatment(DEEP_TISSUE, new TreatmentRequest("Deep tissue massage, 90 min", 90, 15,
                        Specialty.DEEP_TISSUE.name(), """
                        Expect some muscle soreness for 24 to 48 hours, similar to after a workout. Drink water, rest \
                        from heavy lifting for a day, and use heat rather than ice on stiff areas. Daily: child's pose \
                        60 s, knee-to-chest stretch 3 x 30 s each side, and 10 glute bridges. Book a follow-up if the \
                        soreness has not eased after three days.""",
                        new BigDecimal("85.00"), true, TABLE)));
    }

    static List<DemoTherapist> therapists() {
        return List.of(
                new DemoTherapist(therapist(1), profile("Maya Okafor", "HCPC-PH-104233", """
                        Sports and knee rehabilitation specialist. Maya spent six years with a semi-professional \
                        football club and now helps runners, footballers and keen gardeners get back to kneeling, \
                        squatting and running without knee pain.""",
                        List.of(Specialty.KNEE_REHABILITATION, Specialty.SPORTS_MASSAGE), Set.of(MANCHESTER), KNEE, SPORTS),
                        weekdays(MANCHESTER, split("09:00", "13:00", "14:00", "17:00"))),
                new DemoTherapist(therapist(2), profile("Tom Haldane", "CNHC-88217", """
                        Former rugby player turned sports therapist. Tom combines deep tissue work with stretching \
                        programmes for athletes in heavy training blocks and works in Manchester early in the week and \
                        Leeds at the end of it.""",
                        List.of(Specialty.SPORTS_MASSAGE, Specialty.DEEP_TISSUE, Specialty.STRETCHING_AND_REHAB),
                        Set.of(MANCHESTER, LEEDS), SPORTS, DEEP_TISSUE),
                        join(days(MANCHESTER, List.of(MONDAY, TUESDAY, WEDNESDAY), split("09:00", "12:30", "13:30", "17:00")),
                                days(LEEDS, List.of(THURSDAY, FRIDAY), split("09:00", "12:30", "13:30", "17:00")))),
                new DemoTherapist(therapist(3), profile("Aisha Rahman", "CNHC-90114", """
                        Aisha treats desk-bound neck and shoulder pain with trigger point therapy and myofascial \
                        release, and gives every client a short routine they can do at work.""",
                        List.of(Specialty.TRIGGER_POINT_THERAPY, Specialty.MYOFASCIAL_RELEASE), Set.of(MANCHESTER),
                        TRIGGER_POINT, MYOFASCIAL),
                        days(MANCHESTER, List.of(TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY), split("09:00", "13:00", "13:45", "17:00"))),
                new DemoTherapist(therapist(4), profile("Ben Whitaker", "CNHC-77342", """
                        Ben works with manual workers and climbers on chronic back and forearm tension, using slow \
                        deep tissue techniques and targeted trigger point work.""",
                        List.of(Specialty.DEEP_TISSUE, Specialty.TRIGGER_POINT_THERAPY), Set.of(LEEDS), TRIGGER_POINT, DEEP_TISSUE),
                        weekdays(LEEDS, split("09:00", "12:00", "13:00", "17:00"))),
                new DemoTherapist(therapist(5), profile("Chloe Davies", "HCPC-PH-118906", """
                        Physiotherapist with a focus on knee rehabilitation after ligament and meniscus injuries, and on \
                        comfortable pregnancy care. Chloe builds progressive home programmes from the first session.""",
                        List.of(Specialty.KNEE_REHABILITATION, Specialty.STRETCHING_AND_REHAB, Specialty.PRENATAL),
                        Set.of(LEEDS), KNEE),
                        join(weekdays(LEEDS, split("08:30", "12:30", "13:30", "16:30")),
                                days(LEEDS, List.of(SATURDAY), List.of(block("09:00", "13:00"))))),
                new DemoTherapist(therapist(6), profile("Lukas Schneider", "BY-MT-20417", """
                        Masseur und medizinischer Bademeister. Lukas treats runners and cyclists from Berlin's clubs, \
                        from knee pain after long runs to recovery massage between races.""",
                        List.of(Specialty.SPORTS_MASSAGE, Specialty.KNEE_REHABILITATION), Set.of(BERLIN), KNEE, SPORTS),
                        weekdays(BERLIN, split("09:00", "13:00", "14:00", "17:00"))),
                new DemoTherapist(therapist(7), profile("Sofia Marino", "BE-MT-31552", """
                        Sofia releases long-standing tension in the back, hips and shoulders with myofascial techniques \
                        and deep tissue work, and offers gentle sessions for expectant mothers.""",
                        List.of(Specialty.MYOFASCIAL_RELEASE, Specialty.DEEP_TISSUE, Specialty.PRENATAL), Set.of(BERLIN),
                        MYOFASCIAL, DEEP_TISSUE),
                        days(BERLIN, List.of(TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY), split("10:00", "14:00", "15:00", "18:00"))),
                new DemoTherapist(therapist(8), profile("Jana Novak", "BE-MT-29876", """
                        Jana combines trigger point therapy and myofascial release with sports massage for climbers, \
                        rowers and office workers with stubborn neck and shoulder pain.""",
                        List.of(Specialty.TRIGGER_POINT_THERAPY, Specialty.SPORTS_MASSAGE, Specialty.MYOFASCIAL_RELEASE),
                        Set.of(BERLIN), SPORTS, TRIGGER_POINT, MYOFASCIAL),
                        weekdays(BERLIN, split("08:00", "12:00", "12:45", "16:00"))));
    }

    /** Each demo therapist is written to at a demo address of the chain: "Maya Okafor" at maya.okafor@clinic-network.example. */
    private static TherapistRequest profile(String name, String licence, String bio, List<Specialty> specialties,
            Set<UUID> locationIds, UUID... treatmentIds) {
        return new TherapistRequest(name, bio, licence, specialties.stream().map(Specialty::name).toList(),
                new LinkedHashSet<>(locationIds), new LinkedHashSet<>(Arrays.asList(treatmentIds)), true,
                name.toLowerCase(Locale.ROOT).replace(' ', '.') + "@" + DEMO_MAIL_DOMAIN);
    }

    private record TimeBlock(LocalTime startsAt, LocalTime endsAt) {
    }

    private static TimeBlock block(String startsAt, String endsAt) {
        return new TimeBlock(LocalTime.parse(startsAt), LocalTime.parse(endsAt));
    }

    /** A working day with a lunch break between the two blocks. */
    private static List<TimeBlock> split(String morningStart, String morningEnd, String afternoonStart, String afternoonEnd) {
        return List.of(block(morningStart, morningEnd), block(afternoonStart, afternoonEnd));
    }

    /** Open on weekdays and Saturdays, closed on Sundays. */
    private static List<LocationRequest.Block> opening(TimeBlock weekday, TimeBlock saturday) {
        List<LocationRequest.Block> blocks = new ArrayList<>();
        for (DayOfWeek day : WEEKDAYS) {
            blocks.add(new LocationRequest.Block(day, weekday.startsAt(), weekday.endsAt()));
        }
        blocks.add(new LocationRequest.Block(SATURDAY, saturday.startsAt(), saturday.endsAt()));
        return blocks;
    }

    private static List<WorkingHoursBlock> weekdays(UUID locationId, List<TimeBlock> day) {
        return days(locationId, List.of(WEEKDAYS), day);
    }

    private static List<WorkingHoursBlock> days(UUID locationId, List<DayOfWeek> days, List<TimeBlock> day) {
        List<WorkingHoursBlock> blocks = new ArrayList<>();
        for (DayOfWeek dayOfWeek : days) {
            for (TimeBlock time : day) {
                blocks.add(new WorkingHoursBlock(locationId, dayOfWeek, time.startsAt(), time.endsAt()));
            }
        }
        return blocks;
    }

    @SafeVarargs
    private static List<WorkingHoursBlock> join(List<WorkingHoursBlock>... parts) {
        return Arrays.stream(parts).flatMap(List::stream).toList();
    }

    private static UUID location(int n) {
        return UUID.fromString("10000000-0000-4000-8000-00000000000" + n);
    }

    private static UUID therapist(int n) {
        return UUID.fromString("20000000-0000-4000-8000-00000000000" + n);
    }

    private static UUID treatment(int n) {
        return UUID.fromString("30000000-0000-4000-8000-00000000000" + n);
    }
}
