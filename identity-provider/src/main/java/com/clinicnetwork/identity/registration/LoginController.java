package com.clinicnetwork.identity.registration;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page (Spring Security processes its form) and the page shown to someone signed in with nowhere to go. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String signedIn() {
        return "signed-in";
    }
}
