package com.clinicnetwork.web.directory;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * The part of a form that says where and what: a location and a treatment of the directory, both required. The
 * client's booking, the waitlist and the front desk's booking start with it.
 */
public abstract class LocationAndTreatment {

    @NotNull
    private UUID locationId;
    @NotNull
    private UUID treatmentId;

    public UUID getLocationId() {
        return locationId;
    }

    public void setLocationId(UUID locationId) {
        this.locationId = locationId;
    }

    public UUID getTreatmentId() {
        return treatmentId;
    }

    public void setTreatmentId(UUID treatmentId) {
        this.treatmentId = treatmentId;
    }
}
