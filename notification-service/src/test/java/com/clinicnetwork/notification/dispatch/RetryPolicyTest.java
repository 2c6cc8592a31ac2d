package com.clinicnetwork.notification.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(5, Duration.ofSeconds(30), 2.0, Duration.ofMinutes(2));
    private final Exception smtpDown = new MailSendException("Mail server connection failed");

    @Test
    void pausesLongerAfterEachFailureUpToTheCap() {
        assertThat(policy.afterFailure(1, smtpDown)).isEqualTo(new RetryPolicy.Retry(Duration.ofSeconds(30)));
        assertThat(policy.afterFailure(2, smtpDown)).isEqualTo(new RetryPolicy.Retry(Duration.ofSeconds(60)));
        assertThat(policy.afterFailure(3, smtpDown)).isEqualTo(new RetryPolicy.Retry(Duration.ofSeconds(120)));
        assertThat(policy.afterFailure(4, smtpDown)).isEqualTo(new RetryPolicy.Retry(Duration.ofMinutes(2)));
    }

    @Test
    void givesUpAfterTheLastAllowedAttempt() {
        assertThat(policy.afterFailure(5, smtpDown)).isInstanceOf(RetryPolicy.GiveUp.class);
        assertThat(policy.afterFailure(6, smtpDown)).isInstanceOf(RetryPolicy.GiveUp.class);
    }

    @Test
    void aSingleAttemptPolicyNeverRetries() {
        RetryPolicy once = new RetryPolicy(1, Duration.ofSeconds(1), 2.0, Duration.ofSeconds(1));

        assertThat(once.afterFailure(1, smtpDown)).isInstanceOf(RetryPolicy.GiveUp.class);
    }

    @Test
    void aMessageThatCannotBeBuiltIsNotRetried() {
        assertThat(policy.afterFailure(1, new MailPreparationException("bad address"))).isInstanceOf(RetryPolicy.GiveUp.class);
        assertThat(policy.afterFailure(1, new MailParseException("bad address"))).isInstanceOf(RetryPolicy.GiveUp.class);
    }

    @Test
    void aConstantPolicyKeepsItsPause() {
        RetryPolicy constant = new RetryPolicy(10, Duration.ofMillis(500), 1.0, Duration.ofSeconds(5));

        assertThat(constant.afterFailure(7, smtpDown)).isEqualTo(new RetryPolicy.Retry(Duration.ofMillis(500)));
    }
}
