package com.clinicnetwork.opsconsole.services;

import org.jspecify.annotations.Nullable;

/**
 * One service as the console shows it.
 *
 * @param status                 the actuator health status ({@code UP}, {@code DOWN}, ...), {@code DOWN}
 *                               when the service does not answer at all
 * @param reachable              whether the service answered
 * @param version                from {@code /actuator/info} ({@code build.version}), null when it does not say
 * @param outboxBacklog          events written but not yet published, null when the service does not export it
 * @param outboxOldestAgeSeconds age of the oldest unpublished event, null when not exported
 */
public record ServiceStatus(String name, String status, boolean reachable, @Nullable String version, @Nullable Double outboxBacklog,
        @Nullable Double outboxOldestAgeSeconds) {

    static ServiceStatus unreachable(String name) {
        return new ServiceStatus(name, "DOWN", false, null, null, null);
    }
}
