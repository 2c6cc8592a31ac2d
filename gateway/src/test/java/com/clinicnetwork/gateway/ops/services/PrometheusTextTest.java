package com.clinicnetwork.gateway.ops.services;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrometheusTextTest {

    private static final String EXPOSITION = """
            # HELP clinic_outbox_backlog Events not yet published
            # TYPE clinic_outbox_backlog gauge
            clinic_outbox_backlog{application="booking-service",topic="clinic.appointments.v1"} 3.0
            clinic_outbox_backlog{application="booking-service",topic="clinic.directory.v1"} 2.0
            clinic_outbox_backlog_max 99.0
            clinic_outbox_oldest_age_seconds{shard="a"} 1.5 1700000000000
            clinic_outbox_oldest_age_seconds{shard="b"} 7.25
            clinic_outbox_oldest_age_seconds{shard="c"} NaN
            jvm_threads_live_threads 21.0
            """;

    @Test
    void sumsEverySeriesOfAMetricButNotMetricsSharingItsPrefix() {
        assertThat(PrometheusText.sum(EXPOSITION, "clinic_outbox_backlog")).hasValue(5.0);
    }

    @Test
    void takesTheLargestSampleIgnoringTimestampsAndNaN() {
        assertThat(PrometheusText.max(EXPOSITION, "clinic_outbox_oldest_age_seconds")).hasValue(7.25);
    }

    @Test
    void isEmptyForAMetricTheServiceDoesNotExport() {
        assertThat(PrometheusText.sum(EXPOSITION, "clinic_consumer_lag")).isEmpty();
        assertThat(PrometheusText.max("", "clinic_outbox_oldest_age_seconds")).isEmpty();
    }

    @Test
    void readsAnUnlabelledSample() {
        assertThat(PrometheusText.sum("clinic_outbox_backlog 0.0\n", "clinic_outbox_backlog")).hasValue(0.0);
    }
}
