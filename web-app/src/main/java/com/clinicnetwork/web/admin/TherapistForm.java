package com.clinicnetwork.web.admin;

import com.clinicnetwork.web.staff.DirectoryTherapist;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * A therapist's profile as the admin edits it: name, bio, licence, specialties, the locations they work at and the
 * treatments they offer (each treatment needs one of their specialties; the API checks). {@code version} is the one
 * edited; {@code idempotencyKey} is made for a new therapist.
 */
public class TherapistForm {

    @NotBlank
    @Size(max = 200)
    private String displayName;
    @Size(max = 4000)
    private String bio;
    @NotBlank
    @Size(max = 100)
    private String licenceNumber;
    @NotEmpty
    private List<String> specialties = new ArrayList<>();
    @NotEmpty
    private List<UUID> locationIds = new ArrayList<>();
    private List<UUID> treatmentIds = new ArrayList<>();
    private boolean active = true;
    private long version;
    private UUID idempotencyKey;

    static TherapistForm of(DirectoryTherapist therapist) {
        TherapistForm form = new TherapistForm();
        form.setDisplayName(therapist.displayName());
        form.setBio(therapist.bio());
        form.setLicenceNumber(therapist.licenceNumber());
        form.setSpecialties(new ArrayList<>(therapist.specialties()));
        form.setLocationIds(new ArrayList<>(therapist.locations().stream().map(DirectoryTherapist.LocationRef::id).toList()));
        form.setTreatmentIds(new ArrayList<>(therapist.treatments().stream().map(DirectoryTherapist.TreatmentRef::id).toList()));
        form.setActive(therapist.active());
        form.setVersion(therapist.version());
        return form;
    }

    AdminDirectoryApi.TherapistBody toBody() {
        return new AdminDirectoryApi.TherapistBody(displayName.strip(), bio == null || bio.isBlank() ? null : bio.strip(),
                licenceNumber.strip(), List.copyOf(new LinkedHashSet<>(specialties)), new LinkedHashSet<>(locationIds),
                new LinkedHashSet<>(treatmentIds), active);
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getBio() {
        return bio;
    }

    public void setBio(String bio) {
        this.bio = bio;
    }

    public String getLicenceNumber() {
        return licenceNumber;
    }

    public void setLicenceNumber(String licenceNumber) {
        this.licenceNumber = licenceNumber;
    }

    public List<String> getSpecialties() {
        return specialties;
    }

    public void setSpecialties(List<String> specialties) {
        this.specialties = specialties == null ? new ArrayList<>() : specialties;
    }

    public List<UUID> getLocationIds() {
        return locationIds;
    }

    public void setLocationIds(List<UUID> locationIds) {
        this.locationIds = locationIds == null ? new ArrayList<>() : locationIds;
    }

    public List<UUID> getTreatmentIds() {
        return treatmentIds;
    }

    public void setTreatmentIds(List<UUID> treatmentIds) {
        this.treatmentIds = treatmentIds == null ? new ArrayList<>() : treatmentIds;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public UUID getIdempotencyKey() {
        return idempotencyKey;
    }

    public void setIdempotencyKey(UUID idempotencyKey) {
        this.idempotencyKey = idempotencyKey;
    }
}
