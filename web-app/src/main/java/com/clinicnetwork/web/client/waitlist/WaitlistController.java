package com.clinicnetwork.web.client.waitlist;

import com.clinicnetwork.web.appointments.Appointment;
import com.clinicnetwork.web.client.profile.ClientProfile;
import com.clinicnetwork.web.client.profile.CurrentClient;
import com.clinicnetwork.web.directory.DirectoryApi;
import com.clinicnetwork.web.directory.Location;
import com.clinicnetwork.web.directory.Specialty;
import com.clinicnetwork.web.directory.Therapist;
import com.clinicnetwork.web.directory.Treatment;
import com.clinicnetwork.web.gateway.ApiProblemException;
import com.clinicnetwork.web.gateway.Page;
import com.clinicnetwork.web.gateway.ProblemMessages;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The waitlist: join for a treatment at a location (one therapist or anyone), or for a specialty at any location within
 * a radius of one, within a range of days, see the
 * entries and their offers, leave; and the offer page the offer email links to ({@code /waitlist/offers/{id}}),
 * where the client accepts (the held slot is booked) or declines (it goes to the next person).
 */
@Controller
class WaitlistController {

    private static final int DEFAULT_DAYS = 14;

    private final WaitlistApi waitlist;
    private final DirectoryApi directory;
    private final CurrentClient currentClient;
    private final ProblemMessages problems;
    private final Clock clock;

    WaitlistController(WaitlistApi waitlist, DirectoryApi directory, CurrentClient currentClient, ProblemMessages problems,
            Clock clock) {
        this.waitlist = waitlist;
        this.directory = directory;
        this.currentClient = currentClient;
        this.problems = problems;
        this.clock = clock;
    }

    @GetMapping("/client/waitlist")
    String waitlist(@RequestParam(required = false) UUID locationId, @RequestParam(required = false) UUID treatmentId,
            @RequestParam(required = false) UUID therapistId, Model model) {
        JoinForm form = new JoinForm();
        form.setLocationId(locationId);
        form.setTreatmentId(treatmentId);
        form.setTherapistId(therapistId);
        LocalDate today = LocalDate.now(clock);
        form.setFromDate(today);
        form.setToDate(today.plusDays(DEFAULT_DAYS));
        model.addAttribute("form", form);
        return page(model);
    }

    @PostMapping("/client/waitlist")
    String join(@Valid @ModelAttribute("form") JoinForm form, BindingResult errors, Model model) {
        form.check(errors);
        if (errors.hasErrors()) {
            return page(model);
        }
        ZoneId zone = directory.location(form.getLocationId()).zone();
        OffsetDateTime start = form.getFromDate().atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime windowStart = start.isBefore(now) ? now.withOffsetSameInstant(start.getOffset()) : start;
        OffsetDateTime windowEnd = form.getToDate().plusDays(1).atStartOfDay(zone).toOffsetDateTime();
        String notes = form.getIntakeNotes() == null || form.getIntakeNotes().isBlank() ? null : form.getIntakeNotes().strip();
        try {
            waitlist.join(form.isNearby()
                    ? new WaitlistApi.JoinRequest(null, form.getTreatmentId(), null, form.getSpecialty().name(),
                            new WaitlistApi.Near(form.getLocationId(), form.getRadiusKm()), windowStart, windowEnd, notes)
                    : new WaitlistApi.JoinRequest(form.getLocationId(), form.getTreatmentId(), form.getTherapistId(), null, null,
                            windowStart, windowEnd, notes));
            return "redirect:/client/waitlist?joined";
        } catch (ApiProblemException e) {
            model.addAttribute("problem", problems.describe(e.problem()));
            return page(model);
        }
    }

    @PostMapping("/client/waitlist/{id}/leave")
    String leave(@PathVariable UUID id, Model model) {
        try {
            waitlist.leave(id);
            return "redirect:/client/waitlist?left";
        } catch (ApiProblemException e) {
            model.addAttribute("problem", problems.describe(e.problem()));
            model.addAttribute("form", new JoinForm());
            return page(model);
        }
    }

    @GetMapping("/waitlist/offers/{offerId}")
    String offer(@PathVariable UUID offerId, Model model, HttpServletResponse response) {
        Optional<EntryRow> offered = findOffer(offerId);
        if (offered.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("status", 404);
            model.addAttribute("messageKey", "offer.not-found");
            return "error";
        }
        model.addAttribute("row", offered.get());
        return "client/waitlist/offer";
    }

    @PostMapping("/waitlist/offers/{offerId}/accept")
    String accept(@PathVariable UUID offerId, Model model) {
        try {
            Appointment booked = waitlist.accept(offerId);
            return "redirect:/client/book/confirmation/" + booked.id();
        } catch (ApiProblemException e) {
            return offerProblem(offerId, e, model);
        }
    }

    @PostMapping("/waitlist/offers/{offerId}/decline")
    String decline(@PathVariable UUID offerId, Model model) {
        try {
            waitlist.decline(offerId);
            return "redirect:/client/waitlist?declined";
        } catch (ApiProblemException e) {
            return offerProblem(offerId, e, model);
        }
    }

    private String offerProblem(UUID offerId, ApiProblemException e, Model model) {
        model.addAttribute("problem", problems.describe(e.problem()));
        Optional<EntryRow> offered = findOffer(offerId);
        if (offered.isEmpty()) {
            model.addAttribute("status", e.status());
            return "error";
        }
        model.addAttribute("row", offered.get());
        return "client/waitlist/offer";
    }

    private Optional<EntryRow> findOffer(UUID offerId) {
        ClientProfile client = currentClient.get();
        return rows(waitlist.entriesOf(client.id(), 0).items()).stream()
                .filter(row -> row.entry().offer() != null && row.entry().offer().id().equals(offerId))
                .findFirst();
    }

    private String page(Model model) {
        ClientProfile client = currentClient.get();
        Page<WaitlistEntry> entries = waitlist.entriesOf(client.id(), 0);
        model.addAttribute("rows", rows(entries.items()));
        model.addAttribute("locations", directory.locations().stream().filter(Location::active).toList());
        model.addAttribute("treatments", directory.treatments().stream().filter(Treatment::active).toList());
        model.addAttribute("therapists", directory.allTherapists());
        model.addAttribute("specialties", Specialty.values());
        return "client/waitlist/waitlist";
    }

    private List<EntryRow> rows(List<WaitlistEntry> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        Map<UUID, Location> locations = directory.locationsById();
        Map<UUID, String> treatments = directory.treatments().stream().collect(Collectors.toMap(Treatment::id, Treatment::name));
        Map<UUID, String> therapists = directory.allTherapists().stream()
                .collect(Collectors.toMap(Therapist::id, Therapist::displayName));
        OffsetDateTime now = OffsetDateTime.now(clock);
        return entries.stream().map(entry -> {
            WaitlistEntry.Offer offer = entry.offer();
            Location place = entry.placeId() == null ? null : locations.get(entry.placeId());
            Location offered = offer == null ? place : locations.get(offer.locationId());
            Location shownIn = offered != null ? offered : place;
            UUID treatmentId = entry.treatmentId() != null || offer == null ? entry.treatmentId() : offer.treatmentId();
            return new EntryRow(entry, place == null ? null : place.name(),
                    treatmentId == null ? null : treatments.get(treatmentId),
                    entry.therapistId() == null ? null : therapists.get(entry.therapistId()),
                    offer == null ? null : therapists.get(offer.therapistId()),
                    offered == null ? null : offered.name(),
                    shownIn == null ? ZoneOffset.UTC : shownIn.zone(),
                    offer != null && offer.isOpenAt(now));
        }).toList();
    }
}
