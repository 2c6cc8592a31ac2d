package com.clinicnetwork.opsconsole.kafka;

/** Kafka did not answer the console in time, or refused the request; the message carries no record content. */
public class KafkaUnavailableException extends RuntimeException {

    public KafkaUnavailableException(String message, Throwable cause) {
        super("Kafka unavailable: " + message, cause);
    }
}
