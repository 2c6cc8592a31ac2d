package com.clinicnetwork.web.client.preferences;

import com.clinicnetwork.web.appointments.Versioned;
import com.clinicnetwork.web.client.profile.ClientProfile;
import com.clinicnetwork.web.client.profile.CurrentClient;
import com.clinicnetwork.web.gateway.ApiProblemException;
import com.clinicnetwork.web.gateway.ProblemMessages;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Message preferences: email and/or SMS, which optional messages, quiet hours (in the client's own time zone); a
 * new SMS number is used only once the client enters the code sent to it.
 */
@Controller
class PreferencesController {

    private final PreferencesApi preferences;
    private final CurrentClient currentClient;
    private final ProblemMessages problems;

    PreferencesController(PreferencesApi preferences, CurrentClient currentClient, ProblemMessages problems) {
        this.preferences = preferences;
        this.currentClient = currentClient;
        this.problems = problems;
    }

    @GetMapping("/client/preferences")
    String form(Model model) {
        ClientProfile client = currentClient.get();
        Versioned<Preferences> current = preferences.preferences(client.id());
        model.addAttribute("form", formOf(current));
        return page(current.body(), client, model);
    }

    @PostMapping("/client/preferences")
    String save(@Valid @ModelAttribute("form") PreferencesForm form, BindingResult errors, Model model) {
        ClientProfile client = currentClient.get();
        if (errors.hasErrors()) {
            return page(preferences.preferences(client.id()).body(), client, model);
        }
        PreferencesApi.QuietHoursChange quiet = form.isQuietHours()
                ? new PreferencesApi.QuietHoursChange(form.getQuietStart(), form.getQuietEnd(), client.timeZone()) : null;
        String number = form.getSmsNumber() == null || form.getSmsNumber().isBlank() ? null : form.getSmsNumber();
        try {
            Preferences saved = preferences.save(client.id(),
                    new PreferencesApi.Change(form.getChannels(), number, form.optOuts(), quiet), form.getEtag());
            return saved.smsVerificationPending() ? "redirect:/client/preferences?code-sent" : "redirect:/client/preferences?saved";
        } catch (ApiProblemException e) {
            model.addAttribute("problem", problems.describe(e.problem()));
            Versioned<Preferences> fresh = preferences.preferences(client.id());
            form.setEtag(fresh.etag());
            return page(fresh.body(), client, model);
        }
    }

    @PostMapping("/client/preferences/sms-verification")
    String confirm(@RequestParam(defaultValue = "") String code, Model model) {
        ClientProfile client = currentClient.get();
        try {
            preferences.confirmSmsNumber(client.id(), code.strip());
            return "redirect:/client/preferences?confirmed";
        } catch (ApiProblemException e) {
            model.addAttribute("codeProblem", problems.describe(e.problem()));
            Versioned<Preferences> current = preferences.preferences(client.id());
            model.addAttribute("form", formOf(current));
            return page(current.body(), client, model);
        }
    }

    private static PreferencesForm formOf(Versioned<Preferences> current) {
        Preferences shown = current.body();
        PreferencesForm form = new PreferencesForm();
        form.setChannels(new ArrayList<>(shown.channels()));
        form.setSmsNumber(shown.pendingSmsNumber() != null ? shown.pendingSmsNumber() : shown.smsNumber());
        form.setWanted(new ArrayList<>(PreferencesForm.OPTIONAL_MESSAGES.stream()
                .filter(message -> !shown.optOuts().contains(message)).toList()));
        if (shown.quietHours() != null) {
            form.setQuietHours(true);
            form.setQuietStart(shown.quietHours().start());
            form.setQuietEnd(shown.quietHours().end());
        }
        form.setEtag(current.etag());
        return form;
    }

    private static String page(Preferences current, ClientProfile client, Model model) {
        model.addAttribute("current", current);
        model.addAttribute("zone", client.timeZone());
        model.addAttribute("optionalMessages", PreferencesForm.OPTIONAL_MESSAGES);
        model.addAttribute("alwaysSent", List.of("appointment-confirmation", "appointment-rescheduled", "appointment-cancelled"));
        return "client/preferences/preferences";
    }
}
