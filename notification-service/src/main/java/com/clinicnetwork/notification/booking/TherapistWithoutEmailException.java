package com.clinicnetwork.notification.booking;

import com.clinicnetwork.messaging.inbox.InvalidEventException;
import java.util.UUID;

/**
 * A worsening alert for a therapist the directory knows no email address for (or does not know at all): nobody can be
 * told, and retrying cannot change that, so the event is dead-lettered at once. This class is the reason the dead
 * letter carries ({@code kafka_dlt-exception-cause-fqcn}); the message names the therapist, never the client.
 */
class TherapistWithoutEmailException extends InvalidEventException {

    TherapistWithoutEmailException(UUID therapistId) {
        super("Therapist " + therapistId + " has no email address in the directory: the check-in worsening alert cannot be sent");
    }
}
