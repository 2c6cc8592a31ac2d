package com.clinicnetwork.booking.limits;

/** The request would take the client past {@code limit}. */
public class ClientLimitReachedException extends RuntimeException {

    private final Limit limit;
    private final int maximum;

    ClientLimitReachedException(Limit limit, int maximum) {
        super("Client limit " + limit.apiName() + " reached", null, false, false);
        this.limit = limit;
        this.maximum = maximum;
    }

    public Limit limit() {
        return limit;
    }

    public int maximum() {
        return maximum;
    }
}
