package com.clinicnetwork.web.therapist;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Placeholder home of the therapist screens (role-restricted to /therapist/** by the security configuration). */
@Controller
class TherapistHomeController {

    @GetMapping("/therapist")
    String home() {
        return "therapist/home";
    }
}
