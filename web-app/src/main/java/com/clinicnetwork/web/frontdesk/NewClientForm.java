package com.clinicnetwork.web.frontdesk;

import com.clinicnetwork.web.clients.ClientDetails;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * A walk-in client the front desk registers: the same rules as the API's, checked here first so a typo is shown
 * at once. {@code idempotencyKey} is made when the form is shown.
 */
public class NewClientForm extends ClientDetails {

    /** The languages the clinic's messages are written in. */
    static final List<String> LOCALES = List.of("en-GB", "de-DE");

    @NotBlank
    @Size(max = 64)
    private String timeZone;
    @Pattern(regexp = "en-GB|de-DE")
    private String locale = "en-GB";
    @NotNull
    private UUID registeredLocationId;
    @NotNull
    private UUID idempotencyKey;

    FrontDeskApi.NewClient toRequest() {
        return new FrontDeskApi.NewClient(getFirstName().strip(), getLastName().strip(), getEmail().strip(), phoneOrNull(),
                timeZone.strip(), locale, registeredLocationId);
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
