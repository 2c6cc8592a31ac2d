package com.clinicnetwork.web.admin;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Placeholder home of the admin screens (role-restricted to /admin/** by the security configuration). */
@Controller
class AdminHomeController {

    @GetMapping("/admin")
    String home() {
        return "admin/home";
    }
}
