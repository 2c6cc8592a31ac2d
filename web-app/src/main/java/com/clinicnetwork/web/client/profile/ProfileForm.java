package com.clinicnetwork.web.client.profile;

import com.clinicnetwork.web.clients.ClientDetails;
import java.util.UUID;

/** "Complete your profile": what booking-service needs to create the client's record, checked as it checks it. */
public class ProfileForm extends ClientDetails {

    private UUID preferredLocationId;

    public UUID getPreferredLocationId() {
        return preferredLocationId;
    }

    public void setPreferredLocationId(UUID preferredLocationId) {
        this.preferredLocationId = preferredLocationId;
    }
}
