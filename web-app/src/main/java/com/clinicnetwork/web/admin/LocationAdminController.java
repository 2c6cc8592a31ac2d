package com.clinicnetwork.web.admin;

import com.clinicnetwork.web.gateway.ApiProblemException;
import com.clinicnetwork.web.staff.ApiFieldErrors;
import com.clinicnetwork.web.staff.DirectoryLocation;
import com.clinicnetwork.web.staff.Etags;
import com.clinicnetwork.web.staff.StaffDirectoryApi;
import com.clinicnetwork.web.staff.StaffProblems;
import jakarta.validation.Valid;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The chain's locations: the list, a new location, and one location's details with its opening hours and, on the same
 * page, its booking policy (held by booking-service, which learns of a new location from the directory's events a
 * moment after it is created).
 */
@Controller
class LocationAdminController {

    private static final String DEFAULT_ZONE = "Europe/London";

    private final StaffDirectoryApi directory;
    private final AdminDirectoryApi admin;
    private final StaffProblems problems;

    LocationAdminController(StaffDirectoryApi directory, AdminDirectoryApi admin, StaffProblems problems) {
        this.directory = directory;
        this.admin = admin;
        this.problems = problems;
    }

    @GetMapping("/admin/locations")
    String list(Model model) {
        model.addAttribute("locations", directory.locations().stream()
                .sorted(Comparator.comparing(DirectoryLocation::name, String.CASE_INSENSITIVE_ORDER)).toList());
        return "admin/locations";
    }

    @GetMapping("/admin/locations/new")
    String newLocation(Model model) {
        model.addAttribute("form", LocationForm.blank(DEFAULT_ZONE));
        return "admin/location-new";
    }

    @PostMapping("/admin/locations")
    String create(@Valid @ModelAttribute("form") LocationForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        form.check(errors);
        if (errors.hasErrors() || form.getIdempotencyKey() == null) {
            return "admin/location-new";
        }
        DirectoryLocation created;
        try {
            created = admin.createLocation(form.toBody(), form.getIdempotencyKey().toString());
        } catch (ApiProblemException e) {
            model.addAttribute("problem", problems.describe(e));
            ApiFieldErrors.bind(e.problem(), errors, form::formField);
            return "admin/location-new";
        }
        redirect.addFlashAttribute("saved", "created");
        return "redirect:/admin/locations/" + created.id();
    }

    @GetMapping("/admin/locations/{id}")
    String edit(@PathVariable UUID id, Model model) {
        DirectoryLocation location = directory.location(id);
        model.addAttribute("form", LocationForm.of(location));
        return editPage(location, null, model);
    }

    @PostMapping("/admin/locations/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") LocationForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        form.check(errors);
        if (!errors.hasErrors()) {
            try {
                admin.replaceLocation(id, form.toBody(), Etags.of(form.getVersion()));
                redirect.addFlashAttribute("saved", "location");
                return "redirect:/admin/locations/" + id;
            } catch (ApiProblemException e) {
                if (e.status() == 412) {
                    return staleAgain(id, "location", redirect);
                }
                model.addAttribute("problem", problems.describe(e));
                ApiFieldErrors.bind(e.problem(), errors, form::formField);
            }
        }
        return editPage(directory.location(id), null, model);
    }

    @PostMapping("/admin/locations/{id}/booking-policy")
    String updatePolicy(@PathVariable UUID id, @Valid @ModelAttribute("policyForm") PolicyForm policyForm,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        DirectoryLocation location = directory.location(id);
        model.addAttribute("form", LocationForm.of(location));
        if (!errors.hasErrors()) {
            try {
                admin.replaceBookingPolicy(id, policyForm.toBody(), Etags.of(policyForm.getVersion()));
                redirect.addFlashAttribute("saved", "policy");
                return "redirect:/admin/locations/" + id + "#policy-heading";
            } catch (ApiProblemException e) {
                if (e.status() == 412) {
                    return staleAgain(id, "policy", redirect);
                }
                model.addAttribute("policyProblem", problems.describe(e));
                ApiFieldErrors.bind(e.problem(), errors, ApiFieldErrors::sameName);
            }
        }
        return editPage(location, policyForm, model);
    }

    /** Someone saved the location or policy since the admin opened it: show it as it is now, with a warning. */
    private static String staleAgain(UUID id, String what, RedirectAttributes redirect) {
        redirect.addFlashAttribute("stale", what);
        return "redirect:/admin/locations/" + id;
    }

    /** The location's page; {@code policyForm} as the admin sent it, or null to show the policy as it is now. */
    private String editPage(DirectoryLocation location, PolicyForm policyForm, Model model) {
        model.addAttribute("location", location);
        model.addAttribute("zone", ZoneId.of(location.timeZone()));
        if (policyForm != null) {
            model.addAttribute("policyForm", policyForm);
            return "admin/location";
        }
        try {
            LocationPolicy policy = admin.bookingPolicy(location.id());
            model.addAttribute("policy", policy);
            model.addAttribute("policyForm", PolicyForm.of(policy));
        } catch (ApiProblemException e) {
            if (e.status() != 404) {
                throw e;
            }
            model.addAttribute("policyPending", true);
        }
        return "admin/location";
    }
}
