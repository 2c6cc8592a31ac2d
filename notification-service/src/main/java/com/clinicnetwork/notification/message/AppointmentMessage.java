package com.clinicnetwork.notification.message;

import java.util.Optional;

/**
 * A message about an appointment (every kind but the waitlist offer, which is about a slot nobody has booked yet, and
 * the course confirmation, which is about several).
 */
public sealed interface AppointmentMessage extends MessageContent
        permits BookingConfirmation, RescheduleNotice, CancellationNotice, AppointmentReminder, NoShowFollowUp, SessionAftercare,
        ConfirmationRequest, CheckInWorseningAlert {

    /** The appointment, at the version that caused the message. */
    AppointmentVersion appointment();

    @Override
    default Optional<AppointmentVersion> aboutAppointment() {
        return Optional.of(appointment());
    }
}
