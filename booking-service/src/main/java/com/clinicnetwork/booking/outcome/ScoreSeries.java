package com.clinicnetwork.booking.outcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A client's answered check-ins of one series (a course, or one treatment outside courses) in session order. Scores
 * rate pain, 0 = none and 10 = worst, so a change is later minus earlier: negative is better, positive is worse.
 */
final class ScoreSeries {

    private final List<Answered> answers;

    /** @param answers in session order */
    ScoreSeries(List<Answered> answers) {
        this.answers = List.copyOf(answers);
    }

    /** Each session with the change since the previous answer (none for the first), marked when it rose by the threshold. */
    List<OutcomeTrendView.Session> sessions(int worseningThreshold) {
        List<OutcomeTrendView.Session> sessions = new ArrayList<>(answers.size());
        Answered previous = null;
        for (Answered answer : answers) {
            Integer change = previous == null ? null : answer.score() - previous.score();
            sessions.add(new OutcomeTrendView.Session(answer.appointmentId(), answer.startsAt(), answer.score(), change,
                    change != null && change >= worseningThreshold));
            previous = answer;
        }
        return sessions;
    }

    /** Latest minus first score; empty with fewer than two answers, when there is nothing to compare. */
    Optional<Integer> overallChange() {
        return answers.size() < 2 ? Optional.empty()
                : Optional.of(answers.get(answers.size() - 1).score() - answers.get(0).score());
    }

    /**
     * The answer before the given session's, in session order: a check-in answered late is compared with the session
     * before it, not with whichever answer was given last.
     */
    Optional<Answered> before(UUID appointmentId) {
        for (int i = 0; i < answers.size(); i++) {
            if (answers.get(i).appointmentId().equals(appointmentId)) {
                return i == 0 ? Optional.empty() : Optional.of(answers.get(i - 1));
            }
        }
        return Optional.empty();
    }

    /** Whether a rise from {@code previous} to {@code score} is a worsening by the threshold or more. */
    static boolean worsened(int previous, int score, int threshold) {
        return score - previous >= threshold;
    }
}
