package com.clinicnetwork.web.admin;

import com.clinicnetwork.web.directory.Specialty;
import com.clinicnetwork.web.gateway.ApiProblemException;
import com.clinicnetwork.web.staff.ApiFieldErrors;
import com.clinicnetwork.web.staff.DirectoryLocation;
import com.clinicnetwork.web.staff.DirectoryTherapist;
import com.clinicnetwork.web.staff.DirectoryTreatment;
import com.clinicnetwork.web.staff.Etags;
import com.clinicnetwork.web.staff.StaffDirectoryApi;
import com.clinicnetwork.web.staff.StaffProblems;
import jakarta.validation.Valid;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
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
 * The chain's therapists: the list, a new therapist, and one therapist's page with three forms, each saved on its own:
 * the profile (specialties, bio, locations, treatments), the weekly working hours, and time off.
 */
@Controller
class TherapistAdminController {

    private final StaffDirectoryApi directory;
    private final AdminDirectoryApi admin;
    private final StaffProblems problems;

    TherapistAdminController(StaffDirectoryApi directory, AdminDirectoryApi admin, StaffProblems problems) {
        this.directory = directory;
        this.admin = admin;
        this.problems = problems;
    }

    @GetMapping("/admin/therapists")
    String list(Model model) {
        model.addAttribute("therapists", directory.therapists().stream()
                .sorted(Comparator.comparing(DirectoryTherapist::displayName, String.CASE_INSENSITIVE_ORDER)).toList());
        return "admin/therapists";
    }

    @GetMapping("/admin/therapists/new")
    String newTherapist(Model model) {
        TherapistForm form = new TherapistForm();
        form.setIdempotencyKey(UUID.randomUUID());
        model.addAttribute("form", form);
        return profileChoices(model, "admin/therapist-new");
    }

    @PostMapping("/admin/therapists")
    String create(@Valid @ModelAttribute("form") TherapistForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors() || form.getIdempotencyKey() == null) {
            return profileChoices(model, "admin/therapist-new");
        }
        DirectoryTherapist created;
        try {
            created = admin.createTherapist(form.toBody(), form.getIdempotencyKey().toString());
        } catch (ApiProblemException e) {
            model.addAttribute("problem", problems.describe(e));
            ApiFieldErrors.bind(e.problem(), errors, ApiFieldErrors::sameName);
            return profileChoices(model, "admin/therapist-new");
        }
        redirect.addFlashAttribute("saved", "created");
        return "redirect:/admin/therapists/" + created.id();
    }

    @GetMapping("/admin/therapists/{id}")
    String edit(@PathVariable UUID id, Model model) {
        return page(directory.therapist(id), model);
    }

    @PostMapping("/admin/therapists/{id}")
    String updateProfile(@PathVariable UUID id, @Valid @ModelAttribute("form") TherapistForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                admin.replaceTherapist(id, form.toBody(), Etags.of(form.getVersion()));
                return saved(id, "profile", redirect);
            } catch (ApiProblemException e) {
                if (e.status() == 412) {
                    return stale(id, "profile", redirect);
                }
                model.addAttribute("problem", problems.describe(e));
                ApiFieldErrors.bind(e.problem(), errors, ApiFieldErrors::sameName);
            }
        }
        return page(directory.therapist(id), model);
    }

    @PostMapping("/admin/therapists/{id}/working-hours")
    String replaceWorkingHours(@PathVariable UUID id, @ModelAttribute("hoursForm") WorkingHoursForm hoursForm,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        hoursForm.check(errors);
        if (!errors.hasErrors()) {
            try {
                admin.replaceWorkingHours(id, hoursForm.toBlocks(), Etags.of(hoursForm.getVersion()));
                return saved(id, "hours", redirect);
            } catch (ApiProblemException e) {
                if (e.status() == 412) {
                    return stale(id, "hours", redirect);
                }
                model.addAttribute("hoursProblem", problems.describe(e));
                ApiFieldErrors.bind(e.problem(), errors, hoursForm::formField);
            }
        }
        return page(directory.therapist(id), model);
    }

    @PostMapping("/admin/therapists/{id}/time-off")
    String addTimeOff(@PathVariable UUID id, @Valid @ModelAttribute("timeOffForm") TimeOffForm timeOffForm,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        timeOffForm.check(errors);
        DirectoryTherapist therapist = directory.therapist(id);
        if (!errors.hasErrors()) {
            ZoneId zone = homeZone(therapist);
            try {
                admin.addTimeOff(id, TimeOffForm.at(timeOffForm.getStartsAt(), zone), TimeOffForm.at(timeOffForm.getEndsAt(), zone),
                        timeOffForm.getIdempotencyKey().toString());
                return saved(id, "time-off", redirect);
            } catch (ApiProblemException e) {
                model.addAttribute("timeOffProblem", problems.describe(e));
                ApiFieldErrors.bind(e.problem(), errors, ApiFieldErrors::sameName);
            }
        }
        return page(therapist, model);
    }

    @PostMapping("/admin/therapists/{id}/time-off/{timeOffId}/delete")
    String removeTimeOff(@PathVariable UUID id, @PathVariable UUID timeOffId, Model model, RedirectAttributes redirect) {
        try {
            admin.removeTimeOff(id, timeOffId);
        } catch (ApiProblemException e) {
            model.addAttribute("timeOffProblem", problems.describe(e));
            return page(directory.therapist(id), model);
        }
        return saved(id, "time-off-removed", redirect);
    }

    /** The therapist's page with whichever forms were not just sent, as the therapist is now. */
    private String page(DirectoryTherapist therapist, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", TherapistForm.of(therapist));
        }
        if (!model.containsAttribute("hoursForm")) {
            model.addAttribute("hoursForm", WorkingHoursForm.of(therapist));
        }
        TimeOffForm timeOffForm = model.containsAttribute("timeOffForm") ? (TimeOffForm) model.getAttribute("timeOffForm")
                : new TimeOffForm();
        timeOffForm.setIdempotencyKey(UUID.randomUUID());
        model.addAttribute("timeOffForm", timeOffForm);
        model.addAttribute("therapist", therapist);
        model.addAttribute("home", homeZone(therapist));
        model.addAttribute("days", DayOfWeek.values());
        model.addAttribute("timeOff", therapist.timeOff().stream()
                .sorted(Comparator.comparing(DirectoryTherapist.TimeOff::startsAt)).toList());
        return profileChoices(model, "admin/therapist");
    }

    /** What the profile form offers: every specialty, location and treatment of the directory. */
    private String profileChoices(Model model, String view) {
        model.addAttribute("specialties", Specialty.values());
        model.addAttribute("allLocations", directory.locations().stream()
                .sorted(Comparator.comparing(DirectoryLocation::name, String.CASE_INSENSITIVE_ORDER)).toList());
        List<DirectoryTreatment> treatments = directory.treatments().stream()
                .sorted(Comparator.comparing(DirectoryTreatment::name, String.CASE_INSENSITIVE_ORDER)).toList();
        model.addAttribute("allTreatments", treatments);
        return view;
    }

    /** Time off is entered and shown in the zone of the therapist's first location. */
    private static ZoneId homeZone(DirectoryTherapist therapist) {
        return therapist.locations().stream().findFirst().map(location -> ZoneId.of(location.timeZone()))
                .orElse(ZoneOffset.UTC);
    }

    private static String saved(UUID id, String what, RedirectAttributes redirect) {
        redirect.addFlashAttribute("saved", what);
        return "redirect:/admin/therapists/" + id;
    }

    private static String stale(UUID id, String what, RedirectAttributes redirect) {
        redirect.addFlashAttribute("stale", what);
        return "redirect:/admin/therapists/" + id;
    }
}
