package com.clinicnetwork.web.frontdesk;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Placeholder home of the frontdesk screens (role-restricted to /frontdesk/** by the security configuration). */
@Controller
class FrontDeskHomeController {

    @GetMapping("/frontdesk")
    String home() {
        return "frontdesk/home";
    }
}
