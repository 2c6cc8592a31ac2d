package com.clinicnetwork.web.gateway;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.client.ResourceAccessException;

/**
 * API problems a screen did not handle itself (typically on a page read, e.g. an appointment that is not the
 * person's: 404) and an unreachable gateway become the error page with a sentence in the person's language and
 * the matching status; never a stack trace.
 */
@ControllerAdvice
class GatewayErrors {

    private static final Logger log = LoggerFactory.getLogger(GatewayErrors.class);

    private final ProblemMessages problems;

    GatewayErrors(ProblemMessages problems) {
        this.problems = problems;
    }

    @ExceptionHandler(ApiProblemException.class)
    String problem(ApiProblemException e, Model model, HttpServletResponse response) {
        int status = e.status() >= 500 ? 503 : e.status();
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("problem", problems.describe(e.problem()));
        return "error";
    }

    @ExceptionHandler(ResourceAccessException.class)
    String unreachable(ResourceAccessException e, Model model, HttpServletResponse response) {
        log.warn("The gateway could not be reached: {}", e.getClass().getSimpleName());
        response.setStatus(503);
        model.addAttribute("status", 503);
        model.addAttribute("messageKey", "error.unreachable");
        return "error";
    }
}
