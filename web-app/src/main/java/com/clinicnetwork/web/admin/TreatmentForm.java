package com.clinicnetwork.web.admin;

import com.clinicnetwork.web.directory.Specialty;
import com.clinicnetwork.web.staff.DirectoryTreatment;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * A treatment as the admin creates or edits it, with the API's bounds, and the kind of room its sessions need (none:
 * no room). {@code version} is the one edited; {@code idempotencyKey} is made when the new-treatment form is shown.
 */
public class TreatmentForm extends DirectoryRecordForm {

    @NotBlank
    @Size(max = 200)
    private String name;
    @NotNull
    @Min(5)
    @Max(480)
    private Integer durationMinutes = 60;
    @NotNull
    @Min(0)
    @Max(120)
    private Integer bufferMinutes = 15;
    @NotNull
    private Specialty requiredSpecialty;
    @Size(max = 4000)
    private String aftercarePlan;
    @NotNull
    @DecimalMin("0.00")
    @Digits(integer = 6, fraction = 2)
    private BigDecimal price;
    private RoomKind roomKind;

    /** A new treatment's form with its idempotency key. */
    static TreatmentForm blank() {
        TreatmentForm form = new TreatmentForm();
        form.setIdempotencyKey(UUID.randomUUID());
        return form;
    }

    static TreatmentForm of(DirectoryTreatment treatment) {
        TreatmentForm form = new TreatmentForm();
        form.setName(treatment.name());
        form.setDurationMinutes(treatment.durationMinutes());
        form.setBufferMinutes(treatment.bufferMinutes());
        form.setRequiredSpecialty(Specialty.valueOf(treatment.requiredSpecialty()));
        form.setAftercarePlan(treatment.aftercarePlan());
        form.setPrice(treatment.price());
        form.setRoomKind(treatment.roomKind() == null ? null : RoomKind.valueOf(treatment.roomKind()));
        form.setActive(treatment.active());
        form.setVersion(treatment.version());
        return form;
    }

    AdminDirectoryApi.TreatmentBody toBody() {
        return new AdminDirectoryApi.TreatmentBody(name.strip(), durationMinutes, bufferMinutes, requiredSpecialty.name(),
                aftercarePlan == null || aftercarePlan.isBlank() ? null : aftercarePlan.strip(), price, isActive(),
                roomKind == null ? null : roomKind.name());
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(Integer durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public Integer getBufferMinutes() {
        return bufferMinutes;
    }

    public void setBufferMinutes(Integer bufferMinutes) {
        this.bufferMinutes = bufferMinutes;
    }

    public Specialty getRequiredSpecialty() {
        return requiredSpecialty;
    }

    public void setRequiredSpecialty(Specialty requiredSpecialty) {
        this.requiredSpecialty = requiredSpecialty;
    }

    public String getAftercarePlan() {
        return aftercarePlan;
    }

    public void setAftercarePlan(String aftercarePlan) {
        this.aftercarePlan = aftercarePlan;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal price) {
        this.price = price;
    }

    public RoomKind getRoomKind() {
        return roomKind;
    }

    public void setRoomKind(RoomKind roomKind) {
        this.roomKind = roomKind;
    }
}
