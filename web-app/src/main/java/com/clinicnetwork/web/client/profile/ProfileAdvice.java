package com.clinicnetwork.web.client.profile;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Any client screen reached before the profile is complete sends the person to complete it. */
@ControllerAdvice
class ProfileAdvice {

    @ExceptionHandler(ProfileMissingException.class)
    String completeProfileFirst() {
        return "redirect:" + ProfileController.PATH;
    }
}
