package com.clinicnetwork.contracts;

/** CloudEvents {@code type} values, carried in the {@code ce_type} header. */
public final class EventTypes {

    public static final String LOCATION_UPSERTED = "location.upserted";
    public static final String TREATMENT_UPSERTED = "treatment.upserted";
    public static final String THERAPIST_UPSERTED = "therapist.upserted";

    public static final String APPOINTMENT_BOOKED = "appointment.booked";
    public static final String APPOINTMENT_RESCHEDULED = "appointment.rescheduled";
    public static final String APPOINTMENT_CANCELLED = "appointment.cancelled";
    public static final String APPOINTMENT_CHECKED_IN = "appointment.checked-in";
    public static final String APPOINTMENT_FULFILLED = "appointment.fulfilled";
    public static final String APPOINTMENT_NO_SHOW = "appointment.no-show";
    public static final String APPOINTMENT_CONFIRMED = "appointment.confirmed";
    public static final String COURSE_BOOKED = "course.booked";
    public static final String WAITLIST_OFFER_MADE = "waitlist.offer-made";
    public static final String CHECK_IN_WORSENED = "check-in.worsened";

    public static final String CLIENT_REGISTERED = "client.registered";
    public static final String CLIENT_ERASED = "client.erased";
    public static final String CLIENT_CONSENTS_CHANGED = "client.consents-changed";

    public static final String NOTIFICATION_SENT = "notification.sent";
    public static final String NOTIFICATION_FAILED = "notification.failed";

    private EventTypes() {
    }
}
