package com.clinicnetwork.identity.registration;

import com.clinicnetwork.identity.account.Account;
import com.clinicnetwork.identity.account.AccountStore;
import com.clinicnetwork.identity.account.EmailTakenException;
import jakarta.validation.Valid;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Self-registration: a new person becomes a client of the platform (role CLIENT, no client record yet) and
 * then signs in. Errors are shown next to their fields; the log names the new account by its subject only.
 */
@Controller
class RegistrationController {

    /** The languages of the sign-in pages, offered as the account's locale. */
    static final List<String> LOCALES = List.of("en-GB", "de-DE");

    private static final Logger log = LoggerFactory.getLogger(RegistrationController.class);
    private static final List<String> TIME_ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(zone -> zone.matches("(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/.+"))
            .sorted()
            .toList();

    private final AccountStore accounts;

    RegistrationController(AccountStore accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/register")
    String form(Model model, Locale locale) {
        model.addAttribute("form", RegistrationForm.empty(locale));
        return page(model);
    }

    @PostMapping("/register")
    String register(@Valid @ModelAttribute("form") RegistrationForm form, BindingResult errors, Model model) {
        form.rejectUnusableValues(errors);
        if (!errors.hasErrors()) {
            try {
                Account account = accounts.register(form.toNewAccount());
                log.info("Registered account {}", account.subject());
                return "redirect:/login?registered";
            } catch (EmailTakenException e) {
                errors.rejectValue("email", "registration.email.taken");
            }
        }
        return page(model);
    }

    static Locale supported(Locale requested) {
        return "de".equals(requested.getLanguage()) ? Locale.forLanguageTag("de-DE") : Locale.UK;
    }

    private static String page(Model model) {
        model.addAttribute("timeZones", TIME_ZONES);
        model.addAttribute("locales", LOCALES);
        return "register";
    }
}
