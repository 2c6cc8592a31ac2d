package com.clinicnetwork.therapist.practitioner;

import com.clinicnetwork.therapist.RuleViolation;

/**
 * How a therapist search is ordered: {@code sort=<property>[,asc|,desc]}. Only these columns can be
 * named, so the value never reaches SQL as text.
 */
record TherapistSort(Property property, boolean descending) {

    static final TherapistSort DEFAULT = new TherapistSort(Property.DISPLAY_NAME, false);
    private static final String ALLOWED = "displayName or licenceNumber, optionally followed by ,asc or ,desc";

    enum Property {
        DISPLAY_NAME("displayName", "t.display_name"),
        LICENCE_NUMBER("licenceNumber", "t.licence_number");

        private final String name;
        private final String column;

        Property(String name, String column) {
            this.name = name;
            this.column = column;
        }
    }

    /** @throws RuleViolation naming {@code sort} for anything but the documented values */
    static TherapistSort parse(String value) {
        if (value == null) {
            return DEFAULT;
        }
        String[] parts = value.split(",", -1);
        if (parts.length > 2) {
            throw new RuleViolation("sort", "must be " + ALLOWED);
        }
        boolean descending = false;
        if (parts.length == 2) {
            switch (parts[1]) {
                case "asc" -> descending = false;
                case "desc" -> descending = true;
                default -> throw new RuleViolation("sort", "must be " + ALLOWED);
            }
        }
        for (Property property : Property.values()) {
            if (property.name.equals(parts[0])) {
                return new TherapistSort(property, descending);
            }
        }
        throw new RuleViolation("sort", "must be " + ALLOWED);
    }

    /** The ORDER BY clause; the id makes the order total, so pages never repeat or skip a therapist. */
    String orderBy() {
        String direction = descending ? " DESC" : " ASC";
        return " ORDER BY " + property.column + direction + ", t.id" + direction;
    }
}
