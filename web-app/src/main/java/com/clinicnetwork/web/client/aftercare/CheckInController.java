package com.clinicnetwork.web.client.aftercare;

import com.clinicnetwork.web.appointments.Appointment;
import com.clinicnetwork.web.appointments.AppointmentsApi;
import com.clinicnetwork.web.client.profile.CurrentClient;
import com.clinicnetwork.web.directory.DirectoryApi;
import com.clinicnetwork.web.gateway.ApiProblemException;
import com.clinicnetwork.web.gateway.ProblemMessages;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.UUID;
import java.util.stream.IntStream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The aftercare check-in: "how does the treated area feel, 0–10?". From the email's link ({@code /check-in/{token}})
 * without signing in, the token being the only credential; or signed in, from one of the client's fulfilled
 * appointments.
 */
@Controller
class CheckInController {

    private final AftercareApi aftercare;
    private final AppointmentsApi appointments;
    private final DirectoryApi directory;
    private final CurrentClient currentClient;
    private final ProblemMessages problems;

    CheckInController(AftercareApi aftercare, AppointmentsApi appointments, DirectoryApi directory, CurrentClient currentClient,
            ProblemMessages problems) {
        this.aftercare = aftercare;
        this.appointments = appointments;
        this.directory = directory;
        this.currentClient = currentClient;
        this.problems = problems;
    }

    @GetMapping("/check-in/{token}")
    String linkForm(@PathVariable String token, Model model, HttpServletResponse response) {
        try {
            model.addAttribute("link", aftercare.link(token));
            model.addAttribute("token", token);
            model.addAttribute("form", new CheckInForm());
            return linkPage(model);
        } catch (ApiProblemException e) {
            return linkProblem(e, model, response);
        }
    }

    @PostMapping("/check-in/{token}")
    String answerLink(@PathVariable String token, @Valid @ModelAttribute("form") CheckInForm form, BindingResult errors,
            Model model, HttpServletResponse response) {
        try {
            if (errors.hasErrors()) {
                model.addAttribute("link", aftercare.link(token));
                model.addAttribute("token", token);
                return linkPage(model);
            }
            aftercare.answerLink(token, form.getScore(), form.getComment());
            return "redirect:/check-in/" + token + "?thanks";
        } catch (ApiProblemException e) {
            if (e.is("check-in-already-answered")) {
                return "redirect:/check-in/" + token;
            }
            return linkProblem(e, model, response);
        }
    }

    @GetMapping("/client/appointments/{id}/check-in")
    String appointmentForm(@PathVariable UUID id, Model model) {
        currentClient.get();
        model.addAttribute("form", new CheckInForm());
        return appointmentPage(appointments.appointment(id).body(), model);
    }

    @PostMapping("/client/appointments/{id}/check-in")
    String answerAppointment(@PathVariable UUID id, @Valid @ModelAttribute("form") CheckInForm form, BindingResult errors,
            Model model) {
        currentClient.get();
        Appointment appointment = appointments.appointment(id).body();
        if (errors.hasErrors()) {
            return appointmentPage(appointment, model);
        }
        try {
            aftercare.answer(id, form.getScore(), form.getComment());
        } catch (ApiProblemException e) {
            model.addAttribute("problem", problems.describe(e.problem()));
            return appointmentPage(appointment, model);
        }
        return appointment.seriesId() != null ? "redirect:/client/courses/" + appointment.seriesId() + "?checked-in"
                : "redirect:/client/appointments/" + id + "?checked-in";
    }

    private String linkProblem(ApiProblemException e, Model model, HttpServletResponse response) {
        if (e.status() >= 500 || e.status() == 429) {
            throw e;
        }
        response.setStatus(e.status());
        model.addAttribute("problem", problems.describe(e.problem()));
        return "client/aftercare/link-problem";
    }

    private static String linkPage(Model model) {
        model.addAttribute("scores", IntStream.rangeClosed(0, 10).boxed().toList());
        return "client/aftercare/link";
    }

    private String appointmentPage(Appointment appointment, Model model) {
        model.addAttribute("appointment", appointment);
        model.addAttribute("zone", directory.location(appointment.locationId()).zone());
        model.addAttribute("scores", IntStream.rangeClosed(0, 10).boxed().toList());
        return "client/aftercare/appointment";
    }
}
