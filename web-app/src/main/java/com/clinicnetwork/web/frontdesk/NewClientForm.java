package com.clinicnetwork.web.frontdesk;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * A walk-in client the front desk registers: the same rules as the API's, checked here first so a typo is shown
 * at once. {@code idempotencyKey} is made when the form is shown.
 */
public class NewClientForm {

    /** The languages the clinic's messages are written in. */
    static final List<String> LOCALES = List.of("en-GB", "de-DE");

    @NotBlank
    @Size(max = 100)
    private String firstName;
    @NotBlank
    @Size(max = 100)
    private String lastName;
    @NotBlank
    @Email
    @Size(max = 254)
    private String email;
    @Pattern(regexp = "|\\+?[0-9][0-9 ()-]{4,30}")
    private String phone;
    @NotBlank
    @Size(max = 64)
    private String timeZone;
    @Pattern(regexp = "en-GB|de-DE")
    private String locale = "en-GB";
    @NotNull
    private UUID registeredLocationId;
    @NotNull
    private UUID idempotencyKey;

    /** Whether {@code timeZone} is an IANA zone the reminders can be timed in (blank is left to {@code @NotBlank}). */
    boolean hasKnownTimeZone() {
        if (timeZone == null || timeZone.isBlank()) {
            return true;
        }
        try {
            ZoneId.of(timeZone.strip());
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    FrontDeskApi.NewClient toRequest() {
        return new FrontDeskApi.NewClient(firstName.strip(), lastName.strip(), email.strip(),
                phone == null || phone.isBlank() ? null : phone.strip(), timeZone.strip(), locale, registeredLocationId);
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public String getLocale() {
        return locale;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }

    public UUID getRegisteredLocationId() {
        return registeredLocationId;
    }

    public void setRegisteredLocationId(UUID registeredLocationId) {
        this.registeredLocationId = registeredLocationId;
    }

    public UUID getIdempotencyKey() {
        return idempotencyKey;
    }

    public void setIdempotencyKey(UUID idempotencyKey) {
        this.idempotencyKey = idempotencyKey;
    }
}
