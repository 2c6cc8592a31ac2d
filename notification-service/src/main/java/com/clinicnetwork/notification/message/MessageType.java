package com.clinicnetwork.notification.message;

import java.util.Arrays;
import java.util.Optional;

/**
 * The messages this service sends. The template name is stored with each notification, shown by the API and
 * used in opt-outs and webhook subscriptions.
 *
 * <p>Our opt-out rule: a client cannot opt out of the messages that document a change to their booking
 * (confirmation of an appointment or of a course, reschedule, cancellation with its late-cancellation note). They are service messages, not
 * marketing, which UK and EU law (PECR, ePrivacy, GDPR Art. 6(1)(b)) allows without consent, and the client
 * needs them as a record of what they agreed to. Everything else can be switched off per message type.
 */
public enum MessageType {
    CONFIRMATION("appointment-confirmation", false),
    COURSE_CONFIRMATION("course-confirmation", false),
    RESCHEDULE("appointment-rescheduled", false),
    CANCELLATION("appointment-cancelled", false),
    REMINDER("appointment-reminder", true),
    WAITLIST_OFFER("waitlist-offer", true),
    NO_SHOW("appointment-no-show", true),
    AFTERCARE("session-aftercare", true),
    CONFIRMATION_REQUEST("appointment-confirmation-request", true),
    /** To the treating therapist, not the client: the client's preferences do not apply to it. */
    CHECK_IN_WORSENING_ALERT("check-in-worsening-alert", false);

    private final String template;
    private final boolean optOutAllowed;

    MessageType(String template, boolean optOutAllowed) {
        this.template = template;
        this.optOutAllowed = optOutAllowed;
    }

    public String template() {
        return template;
    }

    public boolean optOutAllowed() {
        return optOutAllowed;
    }

    public static Optional<MessageType> ofTemplate(String template) {
        return Arrays.stream(values()).filter(type -> type.template.equals(template)).findFirst();
    }
}
