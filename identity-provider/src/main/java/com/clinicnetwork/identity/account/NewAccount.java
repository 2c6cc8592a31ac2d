package com.clinicnetwork.identity.account;

import java.time.ZoneId;
import java.util.Locale;

/** A person signing themselves up; they become a client of the platform. */
public record NewAccount(String givenName, String familyName, String email, String password, ZoneId timeZone,
        Locale locale) {

    @Override
    public String toString() {
        return "NewAccount[redacted]";
    }
}
