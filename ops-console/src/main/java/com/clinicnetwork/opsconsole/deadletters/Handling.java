package com.clinicnetwork.opsconsole.deadletters;

import java.time.Instant;

/** What an operator did with a dead letter, as kept in {@code clinic.deadletters.handled.v1}. */
public record Handling(DeadLetter.State action, Instant at, String by) {
}
