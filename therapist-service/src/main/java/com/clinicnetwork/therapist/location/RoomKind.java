package com.clinicnetwork.therapist.location;

import com.clinicnetwork.therapist.RuleViolation;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What a room is for. Treatments name the kind their sessions need, and booking assigns a free room of that kind, so
 * the kinds are a closed list: free text would let "Table" and "treatment table" never match.
 */
public enum RoomKind {
    /** A treatment table for hands-on work: massage, trigger point therapy, myofascial release. */
    TREATMENT_TABLE,
    /** Floor space with equipment for exercise-based rehab and stretching. */
    GYM_AREA;

    private static final String ALLOWED = Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));

    /** Parses request input, naming {@code field} and the allowed values when it is not on the list. */
    public static RoomKind parse(String field, String value) {
        if (value != null) {
            for (RoomKind kind : values()) {
                if (kind.name().equals(value)) {
                    return kind;
                }
            }
        }
        throw new RuleViolation(field, "must be one of " + ALLOWED);
    }
}
