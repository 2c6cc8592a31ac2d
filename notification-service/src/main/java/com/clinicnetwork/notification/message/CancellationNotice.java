package com.clinicnetwork.notification.message;

/**
 * The appointment was cancelled.
 *
 * @param lateCancellation whether it fell inside the location's late-cancellation window (the notice then says so)
 */
public record CancellationNotice(AppointmentVersion appointment, Visit visit, boolean lateCancellation) implements AppointmentMessage {

    @Override
    public MessageType type() {
        return MessageType.CANCELLATION;
    }
}
