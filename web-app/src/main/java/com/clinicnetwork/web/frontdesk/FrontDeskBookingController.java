package com.clinicnetwork.web.frontdesk;

import com.clinicnetwork.web.appointments.Appointment;
import com.clinicnetwork.web.appointments.AppointmentsApi;
import com.clinicnetwork.web.appointments.FreeSlot;
import com.clinicnetwork.web.gateway.ApiProblemException;
import com.clinicnetwork.web.staff.DirectoryLocation;
import com.clinicnetwork.web.staff.DirectoryTherapist;
import com.clinicnetwork.web.staff.DirectoryTreatment;
import com.clinicnetwork.web.staff.StaffDirectoryApi;
import com.clinicnetwork.web.staff.StaffMember;
import com.clinicnetwork.web.staff.StaffProblems;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Booking on a client's behalf at one of the desk's locations: pick a treatment offered there and a day, see the free
 * times per therapist ({@code GET /api/v1/availability}) and book one ({@code POST /api/v1/appointments} with the
 * client's id and the form's {@code Idempotency-Key}). A time taken meanwhile is explained and the free times shown
 * again.
 */
@Controller
class FrontDeskBookingController {

    private final FrontDeskApi api;
    private final AppointmentsApi appointments;
    private final StaffDirectoryApi directory;
    private final FrontDeskLocations locations;
    private final StaffProblems problems;
    private final Clock clock;

    FrontDeskBookingController(FrontDeskApi api, AppointmentsApi appointments, StaffDirectoryApi directory, FrontDeskLocations locations,
            StaffProblems problems, Clock clock) {
        this.api = api;
        this.appointments = appointments;
        this.directory = directory;
        this.locations = locations;
        this.problems = problems;
        this.clock = clock;
    }

    @GetMapping("/frontdesk/book")
    String form(@RequestParam UUID client, @RequestParam(required = false) UUID location,
            @RequestParam(required = false) UUID treatment,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            StaffMember staff, Model model) {
        List<DirectoryLocation> mine = locations.of(staff);
        Optional<DirectoryLocation> chosen = locations.chosen(mine, location);
        if (chosen.isEmpty()) {
            return "frontdesk/no-location";
        }
        BookingForm form = new BookingForm();
        form.setClientId(client);
        form.setLocationId(chosen.get().id());
        form.setTreatmentId(treatment);
        form.setDate(date == null ? today(chosen.get().zone()) : date);
        model.addAttribute("form", form);
        return page(form, mine, chosen.get(), model);
    }

    @PostMapping("/frontdesk/book")
    String book(@Valid @ModelAttribute("form") BookingForm form, BindingResult errors, StaffMember staff, Model model,
            RedirectAttributes redirect) {
        List<DirectoryLocation> mine = locations.of(staff);
        Optional<DirectoryLocation> chosen = locations.chosen(mine, form.getLocationId());
        if (chosen.isEmpty() || form.getClientId() == null) {
            return "frontdesk/no-location";
        }
        Optional<BookingForm.Choice> choice = form.choice();
        if (choice.isEmpty() && !errors.hasFieldErrors("slot")) {
            errors.rejectValue("slot", "staff.validation.slot");
        }
        if (errors.hasErrors() || !chosen.get().id().equals(form.getLocationId())) {
            return page(form, mine, chosen.get(), model);
        }
        Appointment booked;
        try {
            booked = api.book(new FrontDeskApi.Booking(form.getClientId(), choice.get().therapistId(), form.getLocationId(),
                    form.getTreatmentId(), choice.get().startsAt(), blankToNull(form.getIntakeNotes())),
                    form.getIdempotencyKey().toString());
        } catch (ApiProblemException e) {
            model.addAttribute("problem", problems.describe(e, chosen.get().zone()));
            form.setSlot(null);
            return page(form, mine, chosen.get(), model);
        }
        redirect.addFlashAttribute("changed", "booked");
        redirect.addFlashAttribute("changedAppointmentId", booked.id());
        return "redirect:" + FrontDeskDayController.dayUrl(form.getLocationId(),
                booked.startsAt().atZoneSameInstant(chosen.get().zone()).toLocalDate());
    }

    /** The form for the client, with the treatments offered at the location and, once one is chosen, its free times. */
    private String page(BookingForm form, List<DirectoryLocation> mine, DirectoryLocation location, Model model) {
        ClientRecord client = api.client(form.getClientId());
        List<DirectoryTherapist> therapists = directory.activeTherapistsAt(location.id());
        Set<UUID> offered = therapists.stream().flatMap(therapist -> therapist.treatments().stream())
                .map(DirectoryTherapist.TreatmentRef::id).collect(Collectors.toSet());
        List<DirectoryTreatment> treatments = directory.treatments().stream()
                .filter(treatment -> treatment.active() && offered.contains(treatment.id())).toList();
        ZoneId zone = location.zone();
        form.setIdempotencyKey(UUID.randomUUID());
        model.addAttribute("client", client);
        model.addAttribute("locations", mine);
        model.addAttribute("location", location);
        model.addAttribute("zone", zone);
        model.addAttribute("today", today(zone));
        model.addAttribute("treatments", treatments);
        if (form.getTreatmentId() != null && form.getDate() != null
                && treatments.stream().anyMatch(treatment -> treatment.id().equals(form.getTreatmentId()))) {
            List<FreeSlot> slots = appointments.freeSlots(location.id(), form.getTreatmentId(), null,
                    form.getDate().atStartOfDay(zone).toOffsetDateTime(), form.getDate().plusDays(1).atStartOfDay(zone).toOffsetDateTime());
            model.addAttribute("freeTimes", FreeTimes.byTherapist(slots, therapists));
        }
        return "frontdesk/book";
    }

    private LocalDate today(ZoneId zone) {
        return LocalDate.now(clock.withZone(zone));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
