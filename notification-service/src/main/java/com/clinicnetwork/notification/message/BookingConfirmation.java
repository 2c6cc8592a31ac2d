package com.clinicnetwork.notification.message;

/** The record of a booking the client made (or front desk made for them). */
public record BookingConfirmation(AppointmentVersion appointment, Visit visit) implements AppointmentMessage {

    @Override
    public MessageType type() {
        return MessageType.CONFIRMATION;
    }
}
