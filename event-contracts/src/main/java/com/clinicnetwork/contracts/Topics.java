package com.clinicnetwork.contracts;

/** Kafka topic names. They are part of the public event contract: renaming one is a breaking change. */
public final class Topics {

    /** Compacted, keyed by entity id: the full current state of locations, treatments and therapists. */
    public static final String DIRECTORY = "clinic.directory.v1";

    /** Keyed by appointment id, so every event of one appointment stays in order on one partition. */
    public static final String APPOINTMENTS = "clinic.appointments.v1";

    /**
     * Keyed by client id: a self-registered client's link to their sign-in subject, and what a client decided about
     * their data (consents, erasure), in order per client. A topic of its own rather than the appointments topic,
     * whose key is the appointment id.
     */
    public static final String CLIENTS = "clinic.clients.v1";

    /** Keyed by notification id: delivery outcomes for operations and audit. */
    public static final String NOTIFICATIONS = "clinic.notifications.v1";

    private static final String DEAD_LETTER_SUFFIX = ".DLT";

    private Topics() {
    }

    public static String deadLetterOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
