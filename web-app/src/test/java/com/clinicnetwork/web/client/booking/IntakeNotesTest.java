package com.clinicnetwork.web.client.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IntakeNotesTest {

    @Test
    void answeredQuestionsBecomeOneLineEachUnderTheirLabel() {
        String notes = IntakeNotes.compose(List.of(
                new IntakeNotes.Answer("What hurts?", "  Left knee  "),
                new IntakeNotes.Answer("Since when?", ""),
                new IntakeNotes.Answer("Goals", "Run 5 km"),
                new IntakeNotes.Answer("Pressure", null)));

        assertThat(notes).isEqualTo("What hurts? Left knee\nGoals: Run 5 km");
    }

    @Test
    void noAnswerIsNoNotes() {
        assertThat(IntakeNotes.compose(List.of(new IntakeNotes.Answer("What hurts?", " ")))).isNull();
    }
}
