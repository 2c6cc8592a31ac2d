package com.clinicnetwork.web.client.profile;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** "Complete your profile": what booking-service needs to create the client's record, checked as it checks it. */
public class ProfileForm {

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

    private UUID preferredLocationId;

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

    public UUID getPreferredLocationId() {
        return preferredLocationId;
    }

    public void setPreferredLocationId(UUID preferredLocationId) {
        this.preferredLocationId = preferredLocationId;
    }
}
