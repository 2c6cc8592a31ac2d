package com.clinicnetwork.notification.message;

/** The client did not come: we missed them, and they can book again. */
public record NoShowFollowUp(AppointmentVersion appointment, Visit visit) implements AppointmentMessage {

    @Override
    public MessageType type() {
        return MessageType.NO_SHOW;
    }
}
