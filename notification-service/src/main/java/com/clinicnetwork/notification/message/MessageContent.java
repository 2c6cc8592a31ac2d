package com.clinicnetwork.notification.message;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;
import java.util.Optional;

/**
 * What a message says, one kind per {@link MessageType}, each with only what that kind needs. It is stored once with
 * every delivery of the message ({@link MessageContentJson}, the {@code type} naming the kind by its template name),
 * rendered from for email and SMS, and the webhook copy is derived from it.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = BookingConfirmation.class, name = "appointment-confirmation"),
        @JsonSubTypes.Type(value = CourseConfirmation.class, name = "course-confirmation"),
        @JsonSubTypes.Type(value = RescheduleNotice.class, name = "appointment-rescheduled"),
        @JsonSubTypes.Type(value = CancellationNotice.class, name = "appointment-cancelled"),
        @JsonSubTypes.Type(value = AppointmentReminder.class, name = "appointment-reminder"),
        @JsonSubTypes.Type(value = WaitlistOffer.class, name = "waitlist-offer"),
        @JsonSubTypes.Type(value = NoShowFollowUp.class, name = "appointment-no-show"),
        @JsonSubTypes.Type(value = SessionAftercare.class, name = "session-aftercare"),
        @JsonSubTypes.Type(value = ConfirmationRequest.class, name = "appointment-confirmation-request"),
        @JsonSubTypes.Type(value = CheckInWorseningAlert.class, name = "check-in-worsening-alert")})
public sealed interface MessageContent permits AppointmentMessage, CourseConfirmation, WaitlistOffer {

    MessageType type();

    /** Who is to come, where, to whom, for what and when (for a course: its first session). */
    Visit visit();

    /**
     * After this instant the message is pointless (a reminder once the appointment starts, an offer once its hold
     * ends); quiet hours never delay it past that. Empty: always useful.
     */
    default Optional<Instant> usefulUntil() {
        return Optional.empty();
    }

    /**
     * The appointment it is about; empty for a waitlist offer, which is about a slot nobody has booked yet, and for a
     * course confirmation, which is about several.
     */
    default Optional<AppointmentVersion> aboutAppointment() {
        return Optional.empty();
    }
}
