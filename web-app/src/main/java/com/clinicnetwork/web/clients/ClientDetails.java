package com.clinicnetwork.web.clients;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The part of a form that creates a client record: name, email and optional phone, checked as booking-service checks
 * them, so a typo is shown at once. The client's own profile and the front desk's walk-in form both start with it.
 */
public abstract class ClientDetails {

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

    /** The phone as the API takes it: stripped, or null when none was given. */
    public String phoneOrNull() {
        return phone == null || phone.isBlank() ? null : phone.strip();
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
}
