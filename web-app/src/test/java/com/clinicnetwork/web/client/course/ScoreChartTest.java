package com.clinicnetwork.web.client.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreChartTest {

    @Test
    void answeredSessionsArePlottedHigherForWorseScoresAndUnansweredOnesKeepTheirPlace() {
        ScoreChart chart = ScoreChart.of(List.of(new ScoreChart.Session("9 Feb", 10), new ScoreChart.Session("23 Feb", null),
                new ScoreChart.Session("9 Mar", 0)));

        assertThat(chart.xTicks()).extracting(ScoreChart.Tick::label).containsExactly("9 Feb", "23 Feb", "9 Mar");
        assertThat(chart.dots()).hasSize(2);
        ScoreChart.Dot worst = chart.dots().get(0);
        ScoreChart.Dot best = chart.dots().get(1);
        assertThat(worst.cy()).isEqualTo(ScoreChart.TOP);
        assertThat(best.cy()).isEqualTo(ScoreChart.HEIGHT - ScoreChart.BOTTOM);
        assertThat(worst.cx()).isEqualTo(ScoreChart.LEFT);
        assertThat(best.cx()).isEqualTo(ScoreChart.WIDTH - ScoreChart.RIGHT);
        assertThat(chart.line()).isEqualTo("48.0,16.0 600.0,220.0");
        assertThat(best.label()).isEqualTo("9 Mar: 0");
    }

    @Test
    void aSingleSessionSitsInTheMiddle() {
        ScoreChart chart = ScoreChart.of(List.of(new ScoreChart.Session("9 Feb", 5)));

        assertThat(chart.dots().get(0).cx()).isEqualTo(ScoreChart.LEFT + (ScoreChart.WIDTH - ScoreChart.LEFT - ScoreChart.RIGHT) / 2.0);
        assertThat(chart.yTicks()).extracting(ScoreChart.Tick::label).containsExactly("0", "5", "10");
    }
}
