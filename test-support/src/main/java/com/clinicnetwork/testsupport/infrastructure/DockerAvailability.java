package com.clinicnetwork.testsupport.infrastructure;

import org.testcontainers.DockerClientFactory;

/** Whether Testcontainers can reach a Docker engine; decided once per JVM. */
public final class DockerAvailability {

    private static Boolean available;

    private DockerAvailability() {
    }

    public static synchronized boolean isAvailable() {
        if (available == null) {
            boolean forcedEmbedded = Boolean.getBoolean("clinic.tests.embedded");
            available = !forcedEmbedded && DockerClientFactory.instance().isDockerAvailable();
        }
        return available;
    }
}
