package com.clinicnetwork.web.frontdesk;

import com.clinicnetwork.web.gateway.ApiProblemException;
import com.clinicnetwork.web.gateway.Page;
import com.clinicnetwork.web.staff.ApiFieldErrors;
import com.clinicnetwork.web.staff.DirectoryLocation;
import com.clinicnetwork.web.staff.StaffMember;
import com.clinicnetwork.web.staff.StaffProblems;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Finding a client of the desk's locations by part of their name or email (the API decides whom the desk may find;
 * as-you-type with htmx, a plain search without), and registering a walk-in, who is then booked.
 */
@Controller
class FrontDeskClientsController {

    /** The API's shortest search text. */
    static final int MINIMUM_QUERY_LENGTH = 2;

    private final FrontDeskApi api;
    private final FrontDeskLocations locations;
    private final StaffProblems problems;

    FrontDeskClientsController(FrontDeskApi api, FrontDeskLocations locations, StaffProblems problems) {
        this.api = api;
        this.locations = locations;
        this.problems = problems;
    }

    @GetMapping("/frontdesk/clients")
    String search(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) UUID location, @RequestHeader(name = "HX-Request", required = false) String htmx,
            StaffMember staff, Model model) {
        List<DirectoryLocation> mine = locations.of(staff);
        Optional<DirectoryLocation> chosen = locations.chosen(mine, location);
        if (chosen.isEmpty()) {
            return "frontdesk/no-location";
        }
        String text = q == null ? "" : q.strip();
        model.addAttribute("location", chosen.get());
        model.addAttribute("q", text);
        if (text.length() >= MINIMUM_QUERY_LENGTH) {
            try {
                Page<ClientRecord> found = api.findClients(text, Math.max(0, page));
                model.addAttribute("found", found);
            } catch (ApiProblemException e) {
                model.addAttribute("problem", problems.describe(e));
            }
        } else if (!text.isEmpty()) {
            model.addAttribute("tooShort", true);
        }
        return "true".equals(htmx) ? "frontdesk/clients :: results" : "frontdesk/clients";
    }

    @GetMapping("/frontdesk/clients/new")
    String newClient(@RequestParam(required = false) UUID location, StaffMember staff, Model model) {
        List<DirectoryLocation> mine = locations.of(staff);
        Optional<DirectoryLocation> chosen = locations.chosen(mine, location);
        if (chosen.isEmpty()) {
            return "frontdesk/no-location";
        }
        NewClientForm form = new NewClientForm();
        form.setRegisteredLocationId(chosen.get().id());
        form.setTimeZone(chosen.get().timeZone());
        form.setIdempotencyKey(UUID.randomUUID());
        model.addAttribute("form", form);
        return formPage(mine, chosen.get(), model);
    }

    @PostMapping("/frontdesk/clients")
    String register(@Valid @ModelAttribute("form") NewClientForm form, BindingResult errors, StaffMember staff, Model model,
            RedirectAttributes redirect) {
        List<DirectoryLocation> mine = locations.of(staff);
        Optional<DirectoryLocation> chosen = locations.chosen(mine, form.getRegisteredLocationId());
        if (chosen.isEmpty()) {
            return "frontdesk/no-location";
        }
        if (!form.hasKnownTimeZone()) {
            errors.rejectValue("timeZone", "staff.validation.time-zone");
        }
        if (!chosen.get().id().equals(form.getRegisteredLocationId())) {
            errors.rejectValue("registeredLocationId", "staff.validation.location");
            form.setRegisteredLocationId(chosen.get().id());
        }
        if (errors.hasErrors()) {
            return formPage(mine, chosen.get(), model);
        }
        ClientRecord client;
        try {
            client = api.register(form.toRequest(), form.getIdempotencyKey().toString());
        } catch (ApiProblemException e) {
            model.addAttribute("problem", problems.describe(e));
            ApiFieldErrors.bind(e.problem(), errors, ApiFieldErrors::sameName);
            return formPage(mine, chosen.get(), model);
        }
        redirect.addFlashAttribute("registered", true);
        return "redirect:" + UriComponentsBuilder.fromPath("/frontdesk/book").queryParam("client", client.id())
                .queryParam("location", form.getRegisteredLocationId()).build().toUriString();
    }

    private static String formPage(List<DirectoryLocation> mine, DirectoryLocation location, Model model) {
        model.addAttribute("locations", mine);
        model.addAttribute("location", location);
        model.addAttribute("languages", NewClientForm.LOCALES);
        return "frontdesk/client-form";
    }
}
