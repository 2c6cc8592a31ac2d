package com.clinicnetwork.contracts.client;

/**
 * What an erased client's personal fields read as, in booking-service and in every event published after the
 * erasure (the {@code client} contact of an appointment cancelled because its client was erased, for instance).
 * The address is on the reserved {@code .invalid} top-level domain (RFC 2606), so it is never deliverable and
 * still passes the contract's e-mail validation; a consumer treats a message to it as one it must not send,
 * even before it has seen {@code client.erased}.
 */
public final class ErasedClient {

    public static final String NAME = "Erased";
    public static final String EMAIL = "erased@erased.invalid";

    private ErasedClient() {
    }

    public static boolean isErasedAddress(String email) {
        return EMAIL.equalsIgnoreCase(email);
    }
}
