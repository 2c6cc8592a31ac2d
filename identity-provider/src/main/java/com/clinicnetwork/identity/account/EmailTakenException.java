package com.clinicnetwork.identity.account;

/** Someone already signs in with this email. */
public class EmailTakenException extends RuntimeException {

    public EmailTakenException() {
        super("An account with this email exists");
    }
}
