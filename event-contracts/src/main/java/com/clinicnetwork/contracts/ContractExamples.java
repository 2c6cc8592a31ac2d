package com.clinicnetwork.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The example payload of each event type. Producer tests compare what they publish with it and
 * consumer tests feed it to their listeners, so a change that breaks either side fails a build.
 */
public final class ContractExamples {

    private ContractExamples() {
    }

    public static String json(String eventType) {
        String resource = "/contracts/examples/" + eventType + ".json";
        try (InputStream in = ContractExamples.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No contract example for event type " + eventType);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
