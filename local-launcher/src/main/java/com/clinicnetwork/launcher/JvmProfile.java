package com.clinicnetwork.launcher;

import java.util.List;
import java.util.Locale;

/**
 * How the platform's JVMs are tuned. The local run starts seven of them on a laptop, so by default it trades peak
 * speed for start-up time and memory; the production profile is what the container image runs, so a benchmark can
 * measure what a deployment would get.
 */
public enum JvmProfile {

    /** Small heaps and the client compiler only: seven JVMs share two cores and must be ready quickly. */
    LOCAL(List.of("-Xms64m", "-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss512k")),

    /**
     * The Dockerfile's flags (full tiered compilation, the collector the JVM picks, heap 75 % of the memory it is
     * given), with {@code -XX:MaxRAM} standing in for a container memory limit of 1 GiB, so that seven JVMs on one
     * machine do not each size their heap for the whole machine.
     */
    PRODUCTION(List.of("-XX:MaxRAM=1g", "-XX:MaxRAMPercentage=75"));

    static final String ENVIRONMENT_VARIABLE = "CLINIC_JVM_PROFILE";

    private final List<String> options;

    JvmProfile(List<String> options) {
        this.options = options;
    }

    public List<String> options() {
        return options;
    }

    /** Reads {@code local} or {@code production}; anything else is a configuration error named as such. */
    public static JvmProfile parse(String value) {
        String name = value.trim().toUpperCase(Locale.ROOT);
        for (JvmProfile profile : values()) {
            if (profile.name().equals(name)) {
                return profile;
            }
        }
        throw new IllegalArgumentException(ENVIRONMENT_VARIABLE + " must be local or production, got: " + value);
    }

    public String displayName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
