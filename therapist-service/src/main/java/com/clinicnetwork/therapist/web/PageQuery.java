package com.clinicnetwork.therapist.web;

/** Which page of a list to read; the bounds are validated at the controller. */
public record PageQuery(int page, int size) {

    public static final int MAX_SIZE = 100;

    public PageQuery {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page must be >= 0 and size within 1.." + MAX_SIZE);
        }
    }

    public long offset() {
        return (long) page * size;
    }
}
