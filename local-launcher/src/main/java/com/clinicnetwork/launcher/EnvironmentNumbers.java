package com.clinicnetwork.launcher;

import java.util.Map;

/** Whole numbers the launcher reads from its environment: a default when unset, a message naming the variable when wrong. */
final class EnvironmentNumbers {

    private EnvironmentNumbers() {
    }

    /**
     * @param what how the message calls a valid value, e.g. "a port number"
     * @throws IllegalArgumentException naming the variable, the range and the value given
     */
    static int inRange(Map<String, String> env, String name, int fallback, int min, int max, String what) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // Reported below, like a number out of range.
        }
        throw new IllegalArgumentException(name + " must be " + what + " between " + min + " and " + max + ", got: " + value);
    }
}
