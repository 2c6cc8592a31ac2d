package com.clinicnetwork.web.frontdesk;

import com.clinicnetwork.web.appointments.Appointment;
import com.clinicnetwork.web.gateway.ApiProblemException;
import com.clinicnetwork.web.staff.AppointmentTransition;
import com.clinicnetwork.web.staff.DirectoryLocation;
import com.clinicnetwork.web.staff.Etags;
import com.clinicnetwork.web.staff.StaffAppointmentsApi;
import com.clinicnetwork.web.staff.StaffDirectoryApi;
import com.clinicnetwork.web.staff.StaffMember;
import com.clinicnetwork.web.staff.StaffProblems;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
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
 * The front desk's day at one of its locations: therapists as columns, appointments as blocks by time (see
 * {@link DayGrid}), a location picker when the desk works at several, the day before and after, and on each booked
 * block check-in and no-show (sent with the version read, so a block someone else changed meanwhile is refused). Bookings
 * at risk of a no-show whose clients have not confirmed are marked with the reasons, counted above the day, and the desk
 * records a confirmation the client gave on the phone.
 */
@Controller
class FrontDeskDayController {

    /** What the front desk records at the desk (a confirmation: the client's, given on the phone); fulfilment is the therapist's. */
    private static final Set<AppointmentTransition> DESK_CHANGES = Set.of(AppointmentTransition.CHECK_IN,
            AppointmentTransition.NO_SHOW, AppointmentTransition.CONFIRM);

    private final StaffDirectoryApi directory;
    private final FrontDeskLocations locations;
    private final StaffAppointmentsApi appointments;
    private final StaffProblems problems;
    private final Clock clock;

    FrontDeskDayController(StaffDirectoryApi directory, FrontDeskLocations locations, StaffAppointmentsApi appointments,
            StaffProblems problems, Clock clock) {
        this.directory = directory;
        this.locations = locations;
        this.appointments = appointments;
        this.problems = problems;
        this.clock = clock;
    }

    @GetMapping("/frontdesk")
    String day(@RequestParam(required = false) UUID location,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            StaffMember staff, Model model) {
        return dayPage(staff, location, date, null, model);
    }

    @PostMapping("/frontdesk/appointments/{id}/{change}")
    String change(@PathVariable UUID id, @PathVariable String change, @RequestParam long version,
            @RequestParam UUID location, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            StaffMember staff, Model model, RedirectAttributes redirect) {
        AppointmentTransition transition = AppointmentTransition.fromPath(change).filter(DESK_CHANGES::contains)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        try {
            appointments.change(id, transition, Etags.of(version));
        } catch (ApiProblemException e) {
            model.addAttribute("problemAppointmentId", id);
            return dayPage(staff, location, date, e, model);
        }
        redirect.addFlashAttribute("changed", transition.path());
        redirect.addFlashAttribute("changedAppointmentId", id);
        return "redirect:" + dayUrl(location, date);
    }

    static String dayUrl(UUID location, LocalDate date) {
        return UriComponentsBuilder.fromPath("/frontdesk").queryParam("location", location).queryParam("date", date)
                .build().toUriString();
    }

    /** @param problem what the API answered to a change on this page, shown next to the block; null if none */
    private String dayPage(StaffMember staff, UUID requested, LocalDate requestedDate, ApiProblemException problem,
            Model model) {
        List<DirectoryLocation> mine = locations.of(staff);
        Optional<DirectoryLocation> chosen = locations.chosen(mine, requested);
        if (chosen.isEmpty()) {
            return "frontdesk/no-location";
        }
        DirectoryLocation location = chosen.get();
        ZoneId zone = location.zone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate date = requestedDate == null ? today : requestedDate;
        Instant from = date.atStartOfDay(zone).toInstant();
        Instant to = date.plusDays(1).atStartOfDay(zone).toInstant();
        List<Appointment> day = appointments.atLocation(location.id(), from, to);
        DayGrid grid = DayGrid.of(date, location, directory.activeTherapistsAt(location.id()), day);
        if (problem != null) {
            model.addAttribute("problem", problems.describe(problem, zone));
        }
        model.addAttribute("locations", mine);
        model.addAttribute("location", location);
        model.addAttribute("zone", zone);
        model.addAttribute("date", date);
        model.addAttribute("today", today);
        model.addAttribute("grid", grid);
        model.addAttribute("unconfirmed", day.stream().filter(Appointment::awaitsConfirmation).count());
        model.addAttribute("others", Stream.concat(grid.unplaced().stream(), day.stream().filter(DayGrid::isCancelled))
                .sorted(Comparator.comparing(Appointment::startsAt)).toList());
        return "frontdesk/day";
    }
}
