package com.clinicnetwork.web.admin;

import com.clinicnetwork.web.directory.Specialty;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;

/** A new treatment as the admin enters it, with the API's bounds. {@code idempotencyKey} is made when the form is shown. */
public class TreatmentForm {

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
    private boolean active = true;
    @NotNull
    private UUID idempotencyKey;

    AdminDirectoryApi.TreatmentBody toBody() {
        return new AdminDirectoryApi.TreatmentBody(name.strip(), durationMinutes, bufferMinutes, requiredSpecialty.name(),
                aftercarePlan == null || aftercarePlan.isBlank() ? null : aftercarePlan.strip(), price, active);
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

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public UUID getIdempotencyKey() {
        return idempotencyKey;
    }

    public void setIdempotencyKey(UUID idempotencyKey) {
        this.idempotencyKey = idempotencyKey;
    }
}
