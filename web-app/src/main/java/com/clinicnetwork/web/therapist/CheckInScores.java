package com.clinicnetwork.web.therapist;

import java.util.Comparator;
import java.util.List;

/**
 * A client's past check-in answers as a therapist's screen shows them: newest first, at most {@link #SHOWN}; or that
 * they could not be read just now (the rest of the page still works).
 */
public record CheckInScores(List<CheckInAnswer> answers, int total, boolean unavailable) {

    static final int SHOWN = 10;

    static CheckInScores of(List<CheckInAnswer> answers) {
        List<CheckInAnswer> newestFirst = answers.stream()
                .sorted(Comparator.comparing(CheckInAnswer::startsAt).reversed()).toList();
        return new CheckInScores(newestFirst.stream().limit(SHOWN).toList(), answers.size(), false);
    }

    static CheckInScores unavailableNow() {
        return new CheckInScores(List.of(), 0, true);
    }

    public boolean isEmpty() {
        return answers.isEmpty();
    }

    public int earlier() {
        return total - answers.size();
    }
}
