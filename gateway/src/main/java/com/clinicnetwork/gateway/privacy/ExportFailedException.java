package com.clinicnetwork.gateway.privacy;

/** A service could not give its part of a client's export; the export as a whole fails (503). */
class ExportFailedException extends RuntimeException {

    private final String service;

    ExportFailedException(String service, String reason) {
        super(service + " " + reason);
        this.service = service;
    }

    String service() {
        return service;
    }
}
