package com.clinicnetwork.web.client.profile;

import com.clinicnetwork.web.directory.DirectoryApi;
import com.clinicnetwork.web.directory.Location;
import com.clinicnetwork.web.gateway.ApiProblemException;
import com.clinicnetwork.web.gateway.ProblemMessages;
import jakarta.validation.Valid;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * "Complete your profile": someone who signed up at the identity provider has an account but no client record
 * ({@code GET /api/v1/clients/me} answers 404). The form is prefilled from their ID token; saving creates the
 * record as the client themself ({@code POST /api/v1/clients}), which booking-service links to their token's
 * subject, so the same access token acts on it from then on.
 */
@Controller
class ProfileController {

    static final String PATH = "/client/profile";
    private static final ZoneId FALLBACK_ZONE = ZoneId.of("Europe/London");

    private final CurrentClient currentClient;
    private final ClientsApi clients;
    private final DirectoryApi directory;
    private final ProblemMessages problems;

    ProfileController(CurrentClient currentClient, ClientsApi clients, DirectoryApi directory, ProblemMessages problems) {
        this.currentClient = currentClient;
        this.clients = clients;
        this.directory = directory;
        this.problems = problems;
    }

    @GetMapping(PATH)
    String form(@AuthenticationPrincipal OidcUser person, Model model) {
        if (currentClient.find().isPresent()) {
            return "redirect:/client";
        }
        ProfileForm form = new ProfileForm();
        form.setFirstName(person.getGivenName());
        form.setLastName(person.getFamilyName());
        form.setEmail(person.getEmail());
        model.addAttribute("form", form);
        return page(model);
    }

    @PostMapping(PATH)
    String save(@Valid @ModelAttribute("form") ProfileForm form, BindingResult errors, @AuthenticationPrincipal OidcUser person,
            Model model, Locale locale) {
        if (errors.hasErrors()) {
            return page(model);
        }
        List<Location> locations = directory.locations();
        ClientsApi.NewClient client = new ClientsApi.NewClient(form.getFirstName().strip(), form.getLastName().strip(),
                form.getEmail().strip(), blankToNull(form.getPhone()), timeZone(person, form, locations).getId(),
                locale.toLanguageTag(), form.getPreferredLocationId());
        ClientProfile created;
        try {
            created = clients.create(client);
        } catch (ApiProblemException e) {
            if (!e.is("client-profile-exists")) {
                model.addAttribute("problem", problems.describe(e.problem()));
                return page(model, locations);
            }
            created = clients.me().orElseThrow(() -> e);
        }
        currentClient.remember(created);
        return "redirect:/client?welcome";
    }

    private String page(Model model) {
        return page(model, directory.locations());
    }

    private static String page(Model model, List<Location> locations) {
        model.addAttribute("locations", locations.stream().filter(Location::active).toList());
        return "client/profile";
    }

    /** The zone the person chose at sign-up, else that of their preferred location: their reminders' clock. */
    private static ZoneId timeZone(OidcUser person, ProfileForm form, List<Location> locations) {
        String zoneinfo = person.getZoneInfo();
        if (zoneinfo != null) {
            try {
                return ZoneId.of(zoneinfo);
            } catch (DateTimeException unknown) {
                // fall through to the location's zone
            }
        }
        return Optional.ofNullable(form.getPreferredLocationId())
                .flatMap(id -> locations.stream().filter(location -> location.id().equals(id)).findFirst())
                .map(Location::zone)
                .orElse(FALLBACK_ZONE);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
