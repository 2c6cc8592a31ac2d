package com.clinicnetwork.web.admin;

import com.clinicnetwork.web.directory.Specialty;
import com.clinicnetwork.web.gateway.ApiProblemException;
import com.clinicnetwork.web.staff.ApiFieldErrors;
import com.clinicnetwork.web.staff.DirectoryTreatment;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The chain's treatments: the list and a new treatment. */
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
        TreatmentForm form = new TreatmentForm();
        form.setIdempotencyKey(UUID.randomUUID());
        model.addAttribute("form", form);
        return formPage(model);
    }

    @PostMapping("/admin/treatments")
    String create(@Valid @ModelAttribute("form") TreatmentForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return formPage(model);
        }
        DirectoryTreatment created;
        try {
            created = admin.createTreatment(form.toBody(), form.getIdempotencyKey().toString());
        } catch (ApiProblemException e) {
            model.addAttribute("problem", problems.describe(e));
            ApiFieldErrors.bind(e.problem(), errors, ApiFieldErrors::sameName);
            return formPage(model);
        }
        redirect.addFlashAttribute("created", created.name());
        return "redirect:/admin/treatments";
    }

    private static String formPage(Model model) {
        model.addAttribute("specialties", Specialty.values());
        return "admin/treatment-new";
    }
}
