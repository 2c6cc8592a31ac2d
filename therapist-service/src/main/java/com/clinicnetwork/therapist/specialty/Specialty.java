package com.clinicnetwork.therapist.specialty;

import com.clinicnetwork.therapist.RuleViolation;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The managed list of specialties. Clients search by them and treatments require one, so they are a
 * closed list rather than free text (which would split "Sports massage" and "sports-massage").
 */
public enum Specialty {
    DEEP_TISSUE,
    TRIGGER_POINT_THERAPY,
    MYOFASCIAL_RELEASE,
    SPORTS_MASSAGE,
    KNEE_REHABILITATION,
    PRENATAL,
    STRETCHING_AND_REHAB;

    private static final String ALLOWED = Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));

    /** Parses request input, naming {@code field} and the allowed values when it is not on the list. */
    public static Specialty parse(String field, String value) {
        if (value != null) {
            for (Specialty specialty : values()) {
                if (specialty.name().equals(value)) {
                    return specialty;
                }
            }
        }
        throw new RuleViolation(field, "must be one of " + ALLOWED);
    }
}
