package com.clinicnetwork.web.staff;

/** The API's entity tags are the record's version in quotes ({@code "3"}); a change sends one back in {@code If-Match}. */
public final class Etags {

    private Etags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }
}
