package com.clinicnetwork.identity.registration;

import com.clinicnetwork.identity.account.NewAccount;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.validation.Errors;

/**
 * What a person fills in to sign up. The password is at least 12 characters (NIST SP 800-63B's length over
 * composition rules) and at most 72 bytes, the most BCrypt takes into account.
 */
public record RegistrationForm(
        @NotBlank @Size(max = 100) String givenName,
        @NotBlank @Size(max = 100) String familyName,
        @NotBlank @Email @Size(max = 254) String email,
        @NotNull @Size(min = 12, max = 72) String password,
        @NotBlank String timeZone,
        @NotBlank String locale) {

    static final String DEFAULT_TIME_ZONE = "Europe/London";

    static RegistrationForm empty(Locale locale) {
        return new RegistrationForm("", "", "", "", DEFAULT_TIME_ZONE, RegistrationController.supported(locale).toLanguageTag());
    }

    /** The checks bean validation has no annotation for, reported against their fields. */
    void rejectUnusableValues(Errors errors) {
        if (password != null && password.getBytes(StandardCharsets.UTF_8).length > 72) {
            errors.rejectValue("password", "registration.password.too-long");
        }
        if (timeZone != null && !timeZone.isBlank() && !isZoneId(timeZone)) {
            errors.rejectValue("timeZone", "registration.time-zone.unknown");
        }
        if (locale != null && !locale.isBlank() && !RegistrationController.LOCALES.contains(locale)) {
            errors.rejectValue("locale", "registration.locale.unsupported");
        }
    }

    private static boolean isZoneId(String id) {
        try {
            ZoneId.of(id);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    NewAccount toNewAccount() {
        return new NewAccount(givenName, familyName, email, password, ZoneId.of(timeZone), Locale.forLanguageTag(locale));
    }

    @Override
    public String toString() {
        return "RegistrationForm[redacted]";
    }
}
