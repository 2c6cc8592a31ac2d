package com.clinicnetwork.web.client.home;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** A client's start page: where to find, book and manage their sessions. */
@Controller
class ClientHomeController {

    @GetMapping("/client")
    String home() {
        return "client/home";
    }
}
