package com.clinicnetwork.opsconsole.deadletters;

import java.util.Optional;

/** Where a dead letter sits: a {@code *.DLT} topic, partition and offset. Also its key in the handled topic. */
public record DeadLetterCoordinates(String topic, int partition, long offset) {

    static final String DEAD_LETTER_SUFFIX = ".DLT";

    public DeadLetterCoordinates {
        if (topic == null || !topic.endsWith(DEAD_LETTER_SUFFIX) || topic.length() == DEAD_LETTER_SUFFIX.length()) {
            throw new IllegalArgumentException("not a dead-letter topic");
        }
        if (partition < 0 || offset < 0) {
            throw new IllegalArgumentException("partition and offset must not be negative");
        }
    }

    String key() {
        return topic + "/" + partition + "/" + offset;
    }

    /** The coordinates a handled-topic key names; empty for a key this console did not write. */
    static Optional<DeadLetterCoordinates> fromKey(String key) {
        String[] parts = key.split("/");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            return Optional.of(new DeadLetterCoordinates(parts[0], Integer.parseInt(parts[1]), Long.parseLong(parts[2])));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The topic the record was dead-lettered from, by the platform's naming rule. */
    String sourceTopic() {
        return topic.substring(0, topic.length() - DEAD_LETTER_SUFFIX.length());
    }
}
