package com.clinicnetwork.web.client.booking;

import com.clinicnetwork.web.appointments.Appointment;
import com.clinicnetwork.web.appointments.AppointmentsApi;
import com.clinicnetwork.web.appointments.CoursesApi;
import com.clinicnetwork.web.appointments.FreeSlot;
import com.clinicnetwork.web.client.profile.CurrentClient;
import com.clinicnetwork.web.directory.DirectoryApi;
import com.clinicnetwork.web.directory.Location;
import com.clinicnetwork.web.directory.Therapist;
import com.clinicnetwork.web.directory.Treatment;
import com.clinicnetwork.web.gateway.ApiProblemException;
import com.clinicnetwork.web.gateway.ProblemMessages;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
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
 * Booking: a week of free times for a treatment at a location (one therapist or all), the booking form with the
 * intake questions (one session, or a course every N weeks), and the confirmation.
 */
@Controller
class BookingController {

    private final AppointmentsApi appointments;
    private final CoursesApi courses;
    private final DirectoryApi directory;
    private final CurrentClient currentClient;
    private final ProblemMessages problems;
    private final MessageSource messages;
    private final Clock clock;

    BookingController(AppointmentsApi appointments, CoursesApi courses, DirectoryApi directory, CurrentClient currentClient,
            ProblemMessages problems, MessageSource messages, Clock clock) {
        this.appointments = appointments;
        this.courses = courses;
        this.directory = directory;
        this.currentClient = currentClient;
        this.problems = problems;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/client/book")
    String week(@RequestParam UUID locationId, @RequestParam UUID treatmentId, @RequestParam(required = false) UUID therapistId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week, Model model) {
        currentClient.get();
        Location location = directory.location(locationId);
        LocalDate today = LocalDate.now(clock.withZone(location.zone()));
        Week shown = Week.containing(week == null || week.isBefore(today) ? today : week, location.zone());
        List<FreeSlot> slots = appointments.freeSlots(locationId, treatmentId, therapistId, shown.from(), shown.to());
        List<Therapist> therapists = directory.therapistsOffering(locationId, treatmentId);
        model.addAttribute("location", location);
        model.addAttribute("zone", location.zone());
        model.addAttribute("treatment", directory.treatment(treatmentId));
        model.addAttribute("therapists", therapists);
        model.addAttribute("therapistNames", names(therapists));
        model.addAttribute("therapistId", therapistId);
        model.addAttribute("week", shown);
        model.addAttribute("days", shown.days(slots));
        model.addAttribute("hasPrevious", !shown.previous().isBefore(today));
        model.addAttribute("noSlots", slots.isEmpty());
        return "client/booking/week";
    }

    @GetMapping("/client/book/new")
    String form(@RequestParam UUID therapistId, @RequestParam UUID locationId, @RequestParam UUID treatmentId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime startsAt, Model model) {
        currentClient.get();
        BookingForm form = new BookingForm();
        form.setTherapistId(therapistId);
        form.setLocationId(locationId);
        form.setTreatmentId(treatmentId);
        form.setStartsAt(startsAt);
        form.setIdempotencyKey(UUID.randomUUID());
        model.addAttribute("form", form);
        return formPage(form, model);
    }

    @PostMapping("/client/book")
    String book(@Valid @ModelAttribute("form") BookingForm form, BindingResult errors, Model model, Locale locale) {
        currentClient.get();
        String notes = intakeNotes(form, locale);
        if (notes != null && notes.length() > IntakeNotes.MAX_LENGTH) {
            errors.reject("intake.too-long");
        }
        if (errors.hasErrors()) {
            return formPage(form, model);
        }
        String key = form.getIdempotencyKey().toString();
        try {
            if (form.isCourse()) {
                UUID course = courses.book(new CoursesApi.CourseRequest(form.getTherapistId(), form.getLocationId(),
                        form.getTreatmentId(), form.getStartsAt(), form.getIntervalWeeks(), form.getOccurrences(), notes), key);
                return "redirect:/client/courses/" + course + "?booked";
            }
            Appointment booked = appointments.book(new AppointmentsApi.BookingRequest(form.getTherapistId(),
                    form.getLocationId(), form.getTreatmentId(), form.getStartsAt(), notes), key);
            return "redirect:/client/book/confirmation/" + booked.id();
        } catch (ApiProblemException e) {
            model.addAttribute("problem", problems.describe(e.problem()));
            if (e.is("series-unavailable")) {
                model.addAttribute("conflicts", CourseConflict.from(e.problem()));
            }
            return formPage(form, model);
        }
    }

    @GetMapping("/client/book/confirmation/{id}")
    String confirmation(@PathVariable UUID id, Model model) {
        Appointment appointment = appointments.appointment(id).body();
        model.addAttribute("appointment", appointment);
        model.addAttribute("zone", directory.location(appointment.locationId()).zone());
        return "client/booking/confirmation";
    }

    private String formPage(BookingForm form, Model model) {
        Location location = directory.location(form.getLocationId());
        Treatment treatment = directory.treatment(form.getTreatmentId());
        model.addAttribute("location", location);
        model.addAttribute("zone", location.zone());
        model.addAttribute("treatment", treatment);
        model.addAttribute("therapist", directory.therapist(form.getTherapistId()));
        model.addAttribute("pressures", List.of("NO_PREFERENCE", "LIGHT", "MEDIUM", "FIRM"));
        return "client/booking/form";
    }

    private String intakeNotes(BookingForm form, Locale locale) {
        String pressure = form.getPressure() == null || form.getPressure().isBlank() ? null
                : messages.getMessage("intake.pressure." + form.getPressure(), null, locale);
        return IntakeNotes.compose(List.of(
                new IntakeNotes.Answer(messages.getMessage("intake.whatHurts", null, locale), form.getWhatHurts()),
                new IntakeNotes.Answer(messages.getMessage("intake.sinceWhen", null, locale), form.getSinceWhen()),
                new IntakeNotes.Answer(messages.getMessage("intake.goals", null, locale), form.getGoals()),
                new IntakeNotes.Answer(messages.getMessage("intake.pressure", null, locale), pressure)));
    }

    private static Map<UUID, String> names(List<Therapist> therapists) {
        return therapists.stream().collect(Collectors.toMap(Therapist::id, Therapist::displayName, (a, b) -> a));
    }
}
