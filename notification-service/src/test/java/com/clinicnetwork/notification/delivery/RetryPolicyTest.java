package com.clinicnetwork.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(5, Duration.ofSeconds(30), 2.0, Duration.ofMinutes(2));
    private static final boolean TRANSIENT = false;

    @Test
    void pausesLongerAfterEachFailureUpToTheCap() {
        assertThat(policy.afterFailure(1, TRANSIENT)).isEqualTo(new RetryPolicy.Retry(Duration.ofSeconds(30)));
        assertThat(policy.afterFailure(2, TRANSIENT)).isEqualTo(new RetryPolicy.Retry(Duration.ofSeconds(60)));
        assertThat(policy.afterFailure(3, TRANSIENT)).isEqualTo(new RetryPolicy.Retry(Duration.ofSeconds(120)));
        assertThat(policy.afterFailure(4, TRANSIENT)).isEqualTo(new RetryPolicy.Retry(Duration.ofMinutes(2)));
    }

    @Test
    void givesUpAfterTheLastAllowedAttempt() {
        assertThat(policy.afterFailure(5, TRANSIENT)).isInstanceOf(RetryPolicy.GiveUp.class);
        assertThat(policy.afterFailure(6, TRANSIENT)).isInstanceOf(RetryPolicy.GiveUp.class);
    }

    @Test
    void aSingleAttemptPolicyNeverRetries() {
        RetryPolicy once = new RetryPolicy(1, Duration.ofSeconds(1), 2.0, Duration.ofSeconds(1));

        assertThat(once.afterFailure(1, TRANSIENT)).isInstanceOf(RetryPolicy.GiveUp.class);
    }

    @Test
    void aPermanentFailureIsNotRetried() {
        assertThat(policy.afterFailure(1, true)).isInstanceOf(RetryPolicy.GiveUp.class);
    }

    @Test
    void aConstantPolicyKeepsItsPause() {
        RetryPolicy constant = new RetryPolicy(10, Duration.ofMillis(500), 1.0, Duration.ofSeconds(5));

        assertThat(constant.afterFailure(7, TRANSIENT)).isEqualTo(new RetryPolicy.Retry(Duration.ofMillis(500)));
    }
}
