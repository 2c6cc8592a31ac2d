package com.clinicnetwork.booking.noshow;

/** Whether the client of a booking was asked to confirm that they will come, and whether they did. */
public enum Confirmation {
    /** The booking is not at risk: nobody asks. */
    NOT_REQUESTED,
    /** The booking is at risk and the client has not confirmed yet: the front desk sees it. */
    REQUESTED,
    /** The client confirmed, themselves or on the phone to the front desk. */
    CONFIRMED
}
