package com.clinicnetwork.booking.limits;

/** What a client holds, or what a request would add to it. */
public record Holdings(int futureAppointments, int waitlistEntries, int openOffers, int activeCourses) {

    public static Holdings appointments(int count) {
        return new Holdings(count, 0, 0, 0);
    }

    public static Holdings course(int sessions) {
        return new Holdings(sessions, 0, 0, 1);
    }

    public static Holdings waitlistEntry() {
        return new Holdings(0, 1, 0, 0);
    }

    /** A waitlist offer: the client must also be able to accept it, which books one more appointment. */
    public static Holdings offer() {
        return new Holdings(1, 0, 1, 0);
    }

    Holdings plus(Holdings other) {
        return new Holdings(futureAppointments + other.futureAppointments, waitlistEntries + other.waitlistEntries,
                openOffers + other.openOffers, activeCourses + other.activeCourses);
    }
}
