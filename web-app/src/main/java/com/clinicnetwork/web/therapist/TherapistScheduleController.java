package com.clinicnetwork.web.therapist;

import com.clinicnetwork.web.appointments.Appointment;
import com.clinicnetwork.web.gateway.ApiProblemException;
import com.clinicnetwork.web.staff.AppointmentTransition;
import com.clinicnetwork.web.staff.DirectoryLocation;
import com.clinicnetwork.web.staff.DirectoryTherapist;
import com.clinicnetwork.web.staff.Etags;
import com.clinicnetwork.web.staff.StaffAppointmentsApi;
import com.clinicnetwork.web.staff.StaffDirectoryApi;
import com.clinicnetwork.web.staff.StaffMember;
import com.clinicnetwork.web.staff.StaffProblems;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A therapist's own schedule: the day, with each client's name, intake notes, past check-in scores and the trend of the
 * session's course (scores with arrows, a worsening marked), and the week at
 * a glance. The API lists only the therapist's own appointments and only what they may read. Check-in and "fulfilled"
 * are recorded with the version read ({@code If-Match}).
 */
@Controller
class TherapistScheduleController {

    private static final Set<AppointmentTransition> THERAPIST_CHANGES = Set.of(AppointmentTransition.CHECK_IN,
            AppointmentTransition.FULFIL);

    private final StaffDirectoryApi directory;
    private final StaffAppointmentsApi appointments;
    private final CheckInScoresApi scores;
    private final OutcomeTrendApi trends;
    private final StaffProblems problems;
    private final Clock clock;

    TherapistScheduleController(StaffDirectoryApi directory, StaffAppointmentsApi appointments, CheckInScoresApi scores,
            OutcomeTrendApi trends, StaffProblems problems, Clock clock) {
        this.directory = directory;
        this.appointments = appointments;
        this.scores = scores;
        this.trends = trends;
        this.problems = problems;
        this.clock = clock;
    }

    @GetMapping("/therapist")
    String day(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            StaffMember staff, Model model) {
        return dayPage(staff, date, null, model);
    }

    @GetMapping("/therapist/week")
    String week(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            StaffMember staff, Model model) {
        if (staff.therapistId().isEmpty()) {
            return "therapist/not-linked";
        }
        Context context = context(staff.therapistId().get());
        LocalDate monday = Schedule.weekStart(date == null ? context.today(clock) : date);
        model.addAttribute("schedule", schedule(context, monday, monday.plusDays(6)));
        model.addAttribute("monday", monday);
        context.addTo(model, clock);
        return "therapist/week";
    }

    @PostMapping("/therapist/appointments/{id}/{change}")
    String change(@PathVariable UUID id, @PathVariable String change, @RequestParam long version,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, StaffMember staff, Model model,
            RedirectAttributes redirect) {
        AppointmentTransition transition = AppointmentTransition.fromPath(change).filter(THERAPIST_CHANGES::contains)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        try {
            appointments.change(id, transition, Etags.of(version));
        } catch (ApiProblemException e) {
            model.addAttribute("problemAppointmentId", id);
            return dayPage(staff, date, e, model);
        }
        redirect.addFlashAttribute("changed", transition.path());
        redirect.addFlashAttribute("changedAppointmentId", id);
        return "redirect:" + UriComponentsBuilder.fromPath("/therapist").queryParam("date", date).build().toUriString();
    }

    private String dayPage(StaffMember staff, LocalDate requested, ApiProblemException problem, Model model) {
        if (staff.therapistId().isEmpty()) {
            return "therapist/not-linked";
        }
        Context context = context(staff.therapistId().get());
        LocalDate date = requested == null ? context.today(clock) : requested;
        Schedule schedule = schedule(context, date, date);
        List<Appointment> day = schedule.first().appointments();
        Map<UUID, CheckInScores> scoresByClient = new LinkedHashMap<>();
        Map<UUID, OutcomeTrend> trendsByAppointment = new LinkedHashMap<>();
        for (Appointment appointment : day) {
            if (appointment.clientName() != null && !scoresByClient.containsKey(appointment.clientId())) {
                scoresByClient.put(appointment.clientId(), scores.of(appointment.clientId()));
            }
            if (appointment.clientName() != null && !"CANCELLED".equals(appointment.status())) {
                trends.of(appointment.id()).filter(trend -> !trend.isEmpty())
                        .ifPresent(trend -> trendsByAppointment.put(appointment.id(), trend));
            }
        }
        if (problem != null) {
            model.addAttribute("problem", problems.describe(problem, context.home()));
        }
        model.addAttribute("date", date);
        model.addAttribute("appointments", day.stream().filter(appointment -> !"CANCELLED".equals(appointment.status())).toList());
        model.addAttribute("cancelled", day.stream().filter(appointment -> "CANCELLED".equals(appointment.status())).toList());
        model.addAttribute("scores", scoresByClient);
        model.addAttribute("trends", trendsByAppointment);
        context.addTo(model, clock);
        return "therapist/day";
    }

    private Schedule schedule(Context context, LocalDate from, LocalDate to) {
        Set<ZoneId> zones = new HashSet<>(context.zones().values());
        zones.add(context.home());
        Schedule.Window window = Schedule.window(from, to, zones);
        return Schedule.of(from, to, appointments.mine(window.from(), window.to()), context.zones(), context.home());
    }

    private Context context(UUID therapistId) {
        DirectoryTherapist therapist = directory.therapist(therapistId);
        Map<UUID, DirectoryLocation> locations = directory.locationsById();
        ZoneId home = therapist.locations().stream().findFirst().map(location -> ZoneId.of(location.timeZone()))
                .orElse(ZoneOffset.UTC);
        return new Context(therapist, locations, home);
    }

    /** Who the therapist is, the chain's locations (for names and zones) and the zone their days are counted in. */
    private record Context(DirectoryTherapist therapist, Map<UUID, DirectoryLocation> locations, ZoneId home) {

        Map<UUID, ZoneId> zones() {
            return locations.values().stream().collect(Collectors.toMap(DirectoryLocation::id, DirectoryLocation::zone));
        }

        LocalDate today(Clock clock) {
            return LocalDate.now(clock.withZone(home));
        }

        void addTo(Model model, Clock clock) {
            model.addAttribute("therapist", therapist);
            model.addAttribute("locations", locations);
            model.addAttribute("zones", zones());
            model.addAttribute("home", home);
            model.addAttribute("today", today(clock));
            model.addAttribute("severalZones", therapist.locations().stream().map(DirectoryTherapist.LocationRef::timeZone)
                    .distinct().count() > 1);
        }
    }
}
