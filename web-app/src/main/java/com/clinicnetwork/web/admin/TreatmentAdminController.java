package com.clinicnetwork.web.admin;

import com.clinicnetwork.web.directory.Specialty;
import com.clinicnetwork.web.gateway.ApiProblemException;
import com.clinicnetwork.web.staff.ApiFieldErrors;
import com.clinicnetwork.web.staff.DirectoryTreatment;
import com.clinicnetwork.web.staff.Etags;
import com.clinicnetwork.web.staff.StaffDirectoryApi;
import com.clinicnetwork.web.staff.StaffProblems;
import jakarta.validation.Valid;
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

/** The chain's treatments: the list, a new treatment, and one treatment's page (including the kind of room it needs). */
@Controller
class TreatmentAdminController {

    private final StaffDirectoryApi directory;
    private final AdminDirectoryApi admin;
    private final StaffProblems problems;

    TreatmentAdminController(StaffDirectoryApi directory, AdminDirectoryApi admin, StaffProblems problems) {
        this.directory = directory;
        this.admin = admin;
        this.problems = problems;
    }

    @GetMapping("/admin/treatments")
    String list(Model model) {
        model.addAttribute("treatments", directory.treatments().stream()
                .sorted(Comparator.comparing(DirectoryTreatment::name, String.CASE_INSENSITIVE_ORDER)).toList());
        return "admin/treatments";
    }

    @GetMapping("/admin/treatments/new")
    String newTreatment(Model model) {
        model.addAttribute("form", TreatmentForm.blank());
        return formPage(model, "admin/treatment-new");
    }

    @PostMapping("/admin/treatments")
    String create(@Valid @ModelAttribute("form") TreatmentForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors() || form.getIdempotencyKey() == null) {
            return formPage(model, "admin/treatment-new");
        }
        DirectoryTreatment created;
        try {
            created = admin.createTreatment(form.toBody(), form.getIdempotencyKey().toString());
        } catch (ApiProblemException e) {
            model.addAttribute("problem", problems.describe(e));
            ApiFieldErrors.bind(e.problem(), errors, ApiFieldErrors::sameName);
            return formPage(model, "admin/treatment-new");
        }
        redirect.addFlashAttribute("created", created.name());
        return "redirect:/admin/treatments";
    }

    @GetMapping("/admin/treatments/{id}")
    String edit(@PathVariable UUID id, Model model) {
        DirectoryTreatment treatment = directory.treatment(id);
        model.addAttribute("form", TreatmentForm.of(treatment));
        return editPage(treatment, model);
    }

    /** Saves the treatment as edited, against the version shown ({@code If-Match}): a change made meanwhile is not lost. */
    @PostMapping("/admin/treatments/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") TreatmentForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                admin.replaceTreatment(id, form.toBody(), Etags.of(form.getVersion()));
                redirect.addFlashAttribute("saved", "treatment");
                return "redirect:/admin/treatments/" + id;
            } catch (ApiProblemException e) {
                if (e.status() == 412) {
                    redirect.addFlashAttribute("stale", "treatment");
                    return "redirect:/admin/treatments/" + id;
                }
                model.addAttribute("problem", problems.describe(e));
                ApiFieldErrors.bind(e.problem(), errors, ApiFieldErrors::sameName);
            }
        }
        return editPage(directory.treatment(id), model);
    }

    private static String editPage(DirectoryTreatment treatment, Model model) {
        model.addAttribute("treatment", treatment);
        return formPage(model, "admin/treatment");
    }

    private static String formPage(Model model, String view) {
        model.addAttribute("specialties", Specialty.values());
        model.addAttribute("roomKinds", RoomKind.values());
        return view;
    }
}
