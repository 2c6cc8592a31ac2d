package com.clinicnetwork.web.home;

import com.clinicnetwork.web.WebAppProperties;
import com.clinicnetwork.web.security.Roles;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page: a welcome with sign-in and sign-up for visitors; for someone signed in, the home of their role
 * (the first of {@link Roles} they hold): clients {@code /client}, front desk {@code /frontdesk}, therapists
 * {@code /therapist}, clinic admins {@code /admin}, operators {@code /operator}.
 */
@Controller
class HomeController {

    private final WebAppProperties properties;

    HomeController(WebAppProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/")
    String home(Authentication authentication, Model model) {
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken || !authentication.isAuthenticated()) {
            model.addAttribute("registrationUrl", properties.registrationUrl());
            return "home/welcome";
        }
        return Roles.primary(authentication).map(HomeController::homeOf).orElse("home/no-role");
    }

    @GetMapping("/operator")
    String operator(Model model) {
        model.addAttribute("consoleUrl", properties.gatewayUrl().toString().replaceAll("/+$", "") + "/ops/index.html");
        return "home/operator";
    }

    static String homeOf(Roles role) {
        return "redirect:" + switch (role) {
            case CLIENT -> "/client";
            case THERAPIST -> "/therapist";
            case FRONT_DESK -> "/frontdesk";
            case CLINIC_ADMIN -> "/admin";
            case OPERATOR -> "/operator";
        };
    }
}
