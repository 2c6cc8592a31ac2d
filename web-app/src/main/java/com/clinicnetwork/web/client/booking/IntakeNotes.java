package com.clinicnetwork.web.client.booking;

import java.util.ArrayList;
import java.util.List;

/**
 * The booking API takes intake notes as one free text of at most {@value #MAX_LENGTH} characters. The form asks
 * four questions so the therapist gets a useful picture (what hurts, since when, goals, pressure); they are written
 * one per line after the question's label, in the language the client wrote them in. Unanswered questions are left
 * out; no answer at all is no intake notes.
 */
public final class IntakeNotes {

    public static final int MAX_LENGTH = 2000;

    private IntakeNotes() {
    }

    /** @param answers label and answer pairs in the form's order */
    public static String compose(List<Answer> answers) {
        List<String> lines = new ArrayList<>();
        for (Answer answer : answers) {
            if (answer.text() != null && !answer.text().isBlank()) {
                lines.add(answer.label() + separator(answer.label()) + answer.text().strip());
            }
        }
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    /** A question ("What hurts?") is followed by its answer after a space, other labels ("Pressure") by a colon. */
    private static String separator(String label) {
        return label.endsWith("?") ? " " : ": ";
    }

    public record Answer(String label, String text) {
    }
}
