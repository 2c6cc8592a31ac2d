package com.clinicnetwork.booking.web;

/** Entity tags are the resource's version, so a client can send it back in If-Match. */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }
}
