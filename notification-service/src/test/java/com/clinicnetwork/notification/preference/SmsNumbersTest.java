package com.clinicnetwork.notification.preference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SmsNumbersTest {

    private static final Optional<String> OLD = Optional.of("+447700900111");
    private static final Optional<String> NEW = Optional.of("+447700900222");

    @Test
    void aNewNumberWaitsForItsCodeWhileSmsKeepGoingToTheConfirmedOne() {
        assertThat(SmsNumbers.after(NEW, OLD, Optional.empty(), false))
                .isEqualTo(new SmsNumbers(OLD, NEW, true, false));
        assertThat(SmsNumbers.after(NEW, Optional.empty(), Optional.empty(), false))
                .isEqualTo(new SmsNumbers(Optional.empty(), NEW, true, false));
    }

    @Test
    void savingThePendingNumberAgainKeepsALiveCodeAndItsAttempts() {
        assertThat(SmsNumbers.after(NEW, OLD, NEW, true)).isEqualTo(new SmsNumbers(OLD, NEW, false, true));
    }

    @Test
    void savingThePendingNumberAgainAfterItsCodeExpiredOrWasUsedUpSendsANewOne() {
        assertThat(SmsNumbers.after(NEW, OLD, NEW, false)).isEqualTo(new SmsNumbers(OLD, NEW, true, false));
    }

    @Test
    void goingBackToTheConfirmedNumberAbandonsThePendingOne() {
        assertThat(SmsNumbers.after(OLD, OLD, NEW, true)).isEqualTo(new SmsNumbers(OLD, Optional.empty(), false, false));
    }

    @Test
    void noNumberRemovesBoth() {
        assertThat(SmsNumbers.after(Optional.empty(), OLD, NEW, true))
                .isEqualTo(new SmsNumbers(Optional.empty(), Optional.empty(), false, false));
    }
}
