package com.clinicnetwork.therapist.practitioner;

import com.clinicnetwork.servicedefaults.refusal.InvalidValueException;
import java.util.regex.Pattern;

/**
 * The form of a therapist's email address: one {@code @} with something before it and a domain with a dot after it, no
 * spaces or control characters, at most 254 characters (what SMTP carries). Whether mail arrives is the mail server's
 * to say; this only keeps out what could never be an address. Blank means none.
 */
final class TherapistEmail {

    static final int MAX_LENGTH = 254;
    private static final Pattern FORM = Pattern.compile("[^@\\s\\p{Cntrl}]+@[^@\\s\\p{Cntrl}.]+(\\.[^@\\s\\p{Cntrl}.]+)+");

    private TherapistEmail() {
    }

    /**
     * @return the address without surrounding spaces, or null for none
     * @throws InvalidValueException naming {@code field} when it is not an address
     */
    static String parse(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String address = value.strip();
        if (address.length() > MAX_LENGTH || !FORM.matcher(address).matches()) {
            throw new InvalidValueException(field, "must be an email address such as name@clinic.example");
        }
        return address;
    }
}
