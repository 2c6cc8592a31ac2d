package com.clinicnetwork.web.client.therapists;

import com.clinicnetwork.web.directory.DirectoryApi;
import com.clinicnetwork.web.directory.Location;
import com.clinicnetwork.web.directory.Specialty;
import com.clinicnetwork.web.directory.TherapistSearch;
import com.clinicnetwork.web.directory.Treatment;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Find a therapist by the problem (specialty), treatment and location, with bio and specialties; each result
 * leads to a week of the therapist's free times. The form works as a plain GET; with htmx it replaces only the
 * results.
 */
@Controller
class FindTherapistController {

    private static final int MAX_TEXT = 100;

    private final DirectoryApi directory;

    FindTherapistController(DirectoryApi directory) {
        this.directory = directory;
    }

    @GetMapping("/client/therapists")
    String find(@RequestParam(required = false) String specialty, @RequestParam(required = false) UUID treatmentId,
            @RequestParam(required = false) UUID locationId, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Optional<Specialty> problem = Arrays.stream(Specialty.values()).filter(value -> value.name().equals(specialty)).findFirst();
        Optional<String> text = Optional.ofNullable(q).map(String::strip).filter(value -> !value.isEmpty())
                .map(value -> value.length() > MAX_TEXT ? value.substring(0, MAX_TEXT) : value);
        TherapistSearch search = new TherapistSearch(problem, Optional.ofNullable(treatmentId), Optional.ofNullable(locationId), text);
        model.addAttribute("specialties", Specialty.values());
        model.addAttribute("treatments", directory.treatments().stream().filter(Treatment::active).toList());
        model.addAttribute("locations", directory.locations().stream().filter(Location::active).toList());
        model.addAttribute("specialty", problem.map(Specialty::name).orElse(""));
        model.addAttribute("treatmentId", treatmentId);
        model.addAttribute("locationId", locationId);
        model.addAttribute("q", text.orElse(""));
        model.addAttribute("page", Math.max(0, page));
        model.addAttribute("results", directory.therapists(search, Math.max(0, page)));
        return "client/therapists/find";
    }
}
