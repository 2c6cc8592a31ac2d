package com.clinicnetwork.opsconsole;

import org.springframework.http.HttpStatus;

/** A request to the console that cannot be served, answered as a problem with this status and slug. */
public class OpsProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String slug;
    private final String title;

    public OpsProblemException(HttpStatus status, String slug, String title, String detail) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public HttpStatus status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }
}
