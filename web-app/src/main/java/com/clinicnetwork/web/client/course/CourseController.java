package com.clinicnetwork.web.client.course;

import com.clinicnetwork.web.appointments.Appointment;
import com.clinicnetwork.web.appointments.Course;
import com.clinicnetwork.web.appointments.CoursesApi;
import com.clinicnetwork.web.client.aftercare.AftercareApi;
import com.clinicnetwork.web.client.aftercare.CheckIn;
import com.clinicnetwork.web.client.appointments.AppointmentRows;
import com.clinicnetwork.web.client.profile.CurrentClient;
import com.clinicnetwork.web.directory.DirectoryApi;
import com.clinicnetwork.web.gateway.ApiProblemException;
import com.clinicnetwork.web.gateway.ProblemMessages;
import com.clinicnetwork.web.layout.Formats;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A course as one thing: its sessions, the check-in answers as a small chart, and cancelling every session still
 * to come in one go.
 */
@Controller
class CourseController {

    private static final int MAX_REASON = 500;

    private final CoursesApi courses;
    private final AftercareApi aftercare;
    private final AppointmentRows rows;
    private final DirectoryApi directory;
    private final CurrentClient currentClient;
    private final ProblemMessages problems;
    private final MessageSource messages;
    private final Formats formats;
    private final Clock clock;

    CourseController(CoursesApi courses, AftercareApi aftercare, AppointmentRows rows, DirectoryApi directory,
            CurrentClient currentClient, ProblemMessages problems, MessageSource messages, Formats formats, Clock clock) {
        this.courses = courses;
        this.aftercare = aftercare;
        this.rows = rows;
        this.directory = directory;
        this.currentClient = currentClient;
        this.problems = problems;
        this.messages = messages;
        this.formats = formats;
        this.clock = clock;
    }

    @GetMapping("/client/courses/{id}")
    String course(@PathVariable UUID id, Model model, Locale locale) {
        currentClient.get();
        return page(courses.course(id), model, locale);
    }

    @PostMapping("/client/courses/{id}/cancel")
    String cancel(@PathVariable UUID id, @RequestParam(required = false) String reason, Model model, Locale locale) {
        currentClient.get();
        String why = reason == null || reason.isBlank() ? messages.getMessage("course.cancel.default-reason", null, locale)
                : reason.strip();
        try {
            courses.cancel(id, why.length() > MAX_REASON ? why.substring(0, MAX_REASON) : why);
            return "redirect:/client/courses/" + id + "?cancelled";
        } catch (ApiProblemException e) {
            model.addAttribute("problem", problems.describe(e.problem()));
            return page(courses.course(id), model, locale);
        }
    }

    private String page(Course course, Model model, Locale locale) {
        ZoneId zone = directory.location(course.locationId()).zone();
        Map<UUID, CheckIn> answers;
        boolean answersUnavailable = false;
        try {
            answers = aftercare.ofCourse(course.id()).stream()
                    .collect(Collectors.toMap(CheckIn::appointmentId, Function.identity(), (first, second) -> second));
        } catch (ApiProblemException unreadable) {
            // The sessions are what the page is for; the chart can wait for the check-ins to be readable again.
            answers = Map.of();
            answersUnavailable = true;
        }
        // Always set: the page's "no answers yet" test reads it, and SpEL cannot take a missing value as false.
        model.addAttribute("answersUnavailable", answersUnavailable);
        List<ScoreChart.Session> sessions = new ArrayList<>();
        for (Appointment session : course.appointments()) {
            CheckIn answer = answers.get(session.id());
            sessions.add(new ScoreChart.Session(formats.shortDate(session.startsAt(), zone), answer == null ? null : answer.score()));
        }
        model.addAttribute("course", course);
        model.addAttribute("zone", zone);
        model.addAttribute("rows", rows.of(course.appointments()));
        model.addAttribute("answers", answers);
        model.addAttribute("answered", !answers.isEmpty());
        model.addAttribute("chart", ScoreChart.of(sessions));
        model.addAttribute("cancellable", course.hasUpcoming(OffsetDateTime.now(clock)));
        model.addAttribute("treatmentName", course.appointments().isEmpty() ? ""
                : course.appointments().get(0).treatmentName());
        return "client/course/course";
    }
}
