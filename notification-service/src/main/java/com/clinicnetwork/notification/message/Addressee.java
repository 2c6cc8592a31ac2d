package com.clinicnetwork.notification.message;

import java.util.Objects;

/**
 * The client a message is for.
 *
 * @param email     where email goes (SMS go to the number in their preferences)
 * @param firstName how the message greets them
 * @param locale    their language (a BCP 47 tag), or null when unknown: British English then
 */
public record Addressee(String email, String firstName, String locale) {

    public Addressee {
        Objects.requireNonNull(email, "email");
    }
}
