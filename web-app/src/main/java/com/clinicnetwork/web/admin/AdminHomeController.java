package com.clinicnetwork.web.admin;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The clinic admin's start page: the directory's three parts (role-restricted to /admin/** by the security configuration). */
@Controller
class AdminHomeController {

    @GetMapping("/admin")
    String home() {
        return "admin/home";
    }
}
