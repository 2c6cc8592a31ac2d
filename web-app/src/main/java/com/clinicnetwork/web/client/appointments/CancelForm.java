package com.clinicnetwork.web.client.appointments;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Why the client cancels (the API requires a reason): one of a few common ones, with optional details. {@code etag}
 * is the version the client saw when deciding, so a change made meanwhile is not cancelled blindly (412).
 */
public class CancelForm {

    @NotBlank
    @Pattern(regexp = "CANNOT_MAKE_IT|FEELING_BETTER|BOOKED_BY_MISTAKE|OTHER")
    private String reason;

    @Size(max = 300)
    private String details;

    private String etag;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getDetails() {
        return details;
    }

    public void setDetails(String details) {
        this.details = details;
    }

    public String getEtag() {
        return etag;
    }

    public void setEtag(String etag) {
        this.etag = etag;
    }
}
