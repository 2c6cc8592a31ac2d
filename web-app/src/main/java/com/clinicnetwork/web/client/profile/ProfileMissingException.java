package com.clinicnetwork.web.client.profile;

/** The signed-in person has no client record yet: {@link ProfileAdvice} sends them to complete their profile. */
public class ProfileMissingException extends RuntimeException {

    ProfileMissingException() {
        super("The signed-in person has no client record yet");
    }
}
