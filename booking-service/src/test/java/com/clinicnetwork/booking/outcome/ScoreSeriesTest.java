package com.clinicnetwork.booking.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ScoreSeriesTest {

    private static final OffsetDateTime MONDAY = OffsetDateTime.of(2026, 11, 2, 10, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void eachSessionShowsItsChangeSinceThePreviousAnswerAndARiseByTheThresholdIsAWorsening() {
        ScoreSeries series = new ScoreSeries(List.of(answer(0, 5), answer(1, 2), answer(2, 4), answer(3, 7)));

        List<OutcomeTrendView.Session> sessions = series.sessions(3);

        assertThat(sessions).extracting(OutcomeTrendView.Session::change).containsExactly(null, -3, 2, 3);
        assertThat(sessions).extracting(OutcomeTrendView.Session::worsened).containsExactly(false, false, false, true);
        assertThat(series.overallChange()).contains(2);
    }

    @Test
    void aSingleAnswerHasNothingToCompareWith() {
        ScoreSeries series = new ScoreSeries(List.of(answer(0, 9)));

        assertThat(series.sessions(3)).singleElement().satisfies(session -> {
            assertThat(session.change()).isNull();
            assertThat(session.worsened()).isFalse();
        });
        assertThat(series.overallChange()).isEmpty();
        assertThat(new ScoreSeries(List.of()).overallChange()).isEmpty();
    }

    @Test
    void anAnswerIsComparedWithTheSessionBeforeItNotWithTheAnswerGivenLast() {
        Answered first = answer(0, 1);
        Answered second = answer(1, 6);
        Answered third = answer(2, 2);
        ScoreSeries series = new ScoreSeries(List.of(first, second, third));

        assertThat(series.before(second.appointmentId())).contains(first);
        assertThat(series.before(third.appointmentId())).contains(second);
        assertThat(series.before(first.appointmentId())).isEmpty();
        assertThat(series.before(UUID.randomUUID())).isEmpty();
    }

    @Test
    void aWorseningIsARiseOfAtLeastTheThresholdBecauseTenIsTheWorstPain() {
        assertThat(ScoreSeries.worsened(2, 5, 3)).isTrue();
        assertThat(ScoreSeries.worsened(2, 6, 3)).isTrue();
        assertThat(ScoreSeries.worsened(2, 4, 3)).isFalse();
        assertThat(ScoreSeries.worsened(8, 2, 3)).isFalse();
        assertThat(ScoreSeries.worsened(0, 10, 10)).isTrue();
        assertThat(ScoreSeries.worsened(4, 5, 1)).isTrue();
    }

    private static Answered answer(int week, int score) {
        return new Answered(UUID.randomUUID(), MONDAY.plusWeeks(week), score);
    }
}
