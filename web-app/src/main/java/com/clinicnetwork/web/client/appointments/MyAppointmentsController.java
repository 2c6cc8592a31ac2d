package com.clinicnetwork.web.client.appointments;

import com.clinicnetwork.web.appointments.Appointment;
import com.clinicnetwork.web.appointments.AppointmentsApi;
import com.clinicnetwork.web.appointments.BookingPolicy;
import com.clinicnetwork.web.appointments.Versioned;
import com.clinicnetwork.web.client.booking.Week;
import com.clinicnetwork.web.client.profile.ClientProfile;
import com.clinicnetwork.web.client.profile.CurrentClient;
import com.clinicnetwork.web.directory.DirectoryApi;
import com.clinicnetwork.web.directory.Location;
import com.clinicnetwork.web.gateway.ApiProblemException;
import com.clinicnetwork.web.gateway.Page;
import com.clinicnetwork.web.gateway.ProblemMessages;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The client's appointments: upcoming and past, one appointment, cancelling it (after seeing the location's
 * late-cancellation rule and whether this cancellation would be late), rescheduling it to another free time, and
 * confirming they will come when the clinic asks (a booking at risk of a no-show; the request's email links to the
 * appointment's page). Changes carry the appointment's ETag in {@code If-Match}.
 */
@Controller
class MyAppointmentsController {

    private static final int PAGE_SIZE = 20;

    private final AppointmentsApi appointments;
    private final AppointmentRows rows;
    private final DirectoryApi directory;
    private final CurrentClient currentClient;
    private final ProblemMessages problems;
    private final MessageSource messages;
    private final Clock clock;

    MyAppointmentsController(AppointmentsApi appointments, AppointmentRows rows, DirectoryApi directory,
            CurrentClient currentClient, ProblemMessages problems, MessageSource messages, Clock clock) {
        this.appointments = appointments;
        this.rows = rows;
        this.directory = directory;
        this.currentClient = currentClient;
        this.problems = problems;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/client/appointments")
    String list(@RequestParam(defaultValue = "false") boolean past, @RequestParam(defaultValue = "0") int page, Model model) {
        ClientProfile client = currentClient.get();
        OffsetDateTime now = now();
        int wanted = Math.max(0, page);
        Page<Appointment> shown;
        boolean older;
        if (past) {
            // The API lists earliest first; the most recent past sessions are on its last pages.
            long total = appointments.appointmentsOf(client.id(), null, now, null, 0, 1).totalItems();
            int lastPage = (int) Math.max(0, (total - 1) / PAGE_SIZE);
            int apiPage = Math.max(0, lastPage - wanted);
            shown = appointments.appointmentsOf(client.id(), null, now, null, apiPage, PAGE_SIZE);
            older = apiPage > 0;
        } else {
            shown = appointments.appointmentsOf(client.id(), now, null, null, wanted, PAGE_SIZE);
            older = shown.hasNext();
        }
        List<AppointmentRow> listed = new ArrayList<>(rows.of(shown.items()));
        if (past) {
            Collections.reverse(listed);
        }
        model.addAttribute("rows", listed);
        model.addAttribute("past", past);
        model.addAttribute("page", wanted);
        model.addAttribute("hasMore", older);
        return "client/appointments/list";
    }

    @GetMapping("/client/appointments/{id}")
    String appointment(@PathVariable UUID id, Model model) {
        currentClient.get();
        Appointment appointment = appointments.appointment(id).body();
        model.addAttribute("appointment", appointment);
        model.addAttribute("zone", zoneOf(appointment));
        model.addAttribute("changeable", appointment.changeableAt(now()));
        return "client/appointments/detail";
    }

    @PostMapping("/client/appointments/{id}/confirm")
    String confirm(@PathVariable UUID id, @RequestParam long version, Model model) {
        currentClient.get();
        try {
            appointments.confirm(id, version);
            return "redirect:/client/appointments/" + id + "?confirmed";
        } catch (ApiProblemException e) {
            model.addAttribute("problem", problems.describe(e.problem()));
            return appointment(id, model);
        }
    }

    @GetMapping("/client/appointments/{id}/cancel")
    String confirmCancel(@PathVariable UUID id, Model model) {
        currentClient.get();
        Versioned<Appointment> appointment = appointments.appointment(id);
        CancelForm form = new CancelForm();
        form.setEtag(appointment.etag());
        model.addAttribute("form", form);
        return cancelPage(appointment.body(), model);
    }

    @PostMapping("/client/appointments/{id}/cancel")
    String cancel(@PathVariable UUID id, @Valid @ModelAttribute("form") CancelForm form, BindingResult errors, Model model,
            Locale locale) {
        currentClient.get();
        if (errors.hasErrors()) {
            return cancelPage(appointments.appointment(id).body(), model);
        }
        try {
            appointments.cancel(id, reason(form, locale), form.getEtag());
            return "redirect:/client/appointments/" + id + "?cancelled";
        } catch (ApiProblemException e) {
            model.addAttribute("problem", problems.describe(e.problem()));
            Versioned<Appointment> fresh = appointments.appointment(id);
            form.setEtag(fresh.etag());
            return cancelPage(fresh.body(), model);
        }
    }

    @GetMapping("/client/appointments/{id}/reschedule")
    String rescheduleWeek(@PathVariable UUID id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week, Model model) {
        currentClient.get();
        Appointment appointment = appointments.appointment(id).body();
        Location location = directory.location(appointment.locationId());
        LocalDate today = LocalDate.now(clock.withZone(location.zone()));
        Week shown = Week.containing(week == null || week.isBefore(today)
                ? appointment.startsAt().atZoneSameInstant(location.zone()).toLocalDate() : week, location.zone());
        if (shown.isBefore(today)) {
            shown = Week.containing(today, location.zone());
        }
        model.addAttribute("appointment", appointment);
        model.addAttribute("zone", location.zone());
        model.addAttribute("week", shown);
        model.addAttribute("days", shown.days(appointments.freeSlots(appointment.locationId(), appointment.treatmentId(),
                appointment.therapistId(), shown.from(), shown.to())));
        model.addAttribute("hasPrevious", !shown.previous().isBefore(today));
        return "client/appointments/reschedule";
    }

    @GetMapping("/client/appointments/{id}/reschedule/confirm")
    String confirmReschedule(@PathVariable UUID id,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime startsAt, Model model) {
        currentClient.get();
        Versioned<Appointment> appointment = appointments.appointment(id);
        model.addAttribute("etag", appointment.etag());
        return reschedulePage(appointment.body(), startsAt, model);
    }

    @PostMapping("/client/appointments/{id}/reschedule")
    String reschedule(@PathVariable UUID id,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime startsAt,
            @RequestParam(required = false) String etag, Model model) {
        currentClient.get();
        try {
            appointments.reschedule(id, startsAt, etag);
            return "redirect:/client/appointments/" + id + "?rescheduled";
        } catch (ApiProblemException e) {
            model.addAttribute("problem", problems.describe(e.problem()));
            Versioned<Appointment> fresh = appointments.appointment(id);
            model.addAttribute("etag", fresh.etag());
            return reschedulePage(fresh.body(), startsAt, model);
        }
    }

    private String cancelPage(Appointment appointment, Model model) {
        BookingPolicy policy = appointments.bookingPolicy(appointment.locationId());
        model.addAttribute("appointment", appointment);
        model.addAttribute("zone", zoneOf(appointment));
        model.addAttribute("policy", policy);
        model.addAttribute("late", policy.isLateCancellation(appointment.startsAt(), now()));
        model.addAttribute("changeable", appointment.changeableAt(now()));
        model.addAttribute("reasons", List.of("CANNOT_MAKE_IT", "FEELING_BETTER", "BOOKED_BY_MISTAKE", "OTHER"));
        return "client/appointments/cancel";
    }

    private String reschedulePage(Appointment appointment, OffsetDateTime startsAt, Model model) {
        model.addAttribute("appointment", appointment);
        model.addAttribute("zone", zoneOf(appointment));
        model.addAttribute("startsAt", startsAt);
        return "client/appointments/reschedule-confirm";
    }

    private String reason(CancelForm form, Locale locale) {
        String reason = messages.getMessage("cancel.reason." + form.getReason(), null, locale);
        String details = form.getDetails() == null ? "" : form.getDetails().strip();
        return details.isEmpty() ? reason : reason + ": " + details;
    }

    private ZoneId zoneOf(Appointment appointment) {
        return directory.location(appointment.locationId()).zone();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
