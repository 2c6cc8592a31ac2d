package com.clinicnetwork.therapist.web;

import com.clinicnetwork.servicedefaults.web.ETags;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clinicnetwork.servicedefaults.web.ApiProblemException;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpStatus;

class VersionsTest {

    private static final UUID ID = UUID.randomUUID();

    @Test
    void theETagIsTheQuotedVersionAndIfMatchReadsItBack() {
        assertThat(ETags.of(7)).isEqualTo("\"7\"");
        assertThat(ETags.expectedVersion(ETags.of(7))).isEqualTo(7L);
        assertThat(ETags.expectedVersion(null)).isNull();
        assertThat(ETags.expectedVersion("*")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"7", "W/\"7\"", "\"seven\"", "\"\"", "\"7\", \"8\"", "\"99999999999999999999\""})
    void anIfMatchThatIsNotOneOfOurETagsIsABadRequest(String ifMatch) {
        assertThatThrownBy(() -> ETags.expectedVersion(ifMatch)).isInstanceOfSatisfying(ApiProblemException.class,
                problem -> assertThat(problem.status()).isEqualTo(HttpStatus.BAD_REQUEST));
    }

    @Test
    void aChangeGetsTheNextVersionUnlessTheEntityIsMissingOrChangedSince() {
        assertThat(Versions.next("Location", ID, OptionalLong.of(3), 3L)).isEqualTo(4);
        assertThat(Versions.next("Location", ID, OptionalLong.of(3), null)).isEqualTo(4);
        assertThatThrownBy(() -> Versions.next("Location", ID, OptionalLong.of(4), 3L))
                .isInstanceOfSatisfying(ApiProblemException.class,
                        problem -> assertThat(problem.status()).isEqualTo(HttpStatus.PRECONDITION_FAILED));
        assertThatThrownBy(() -> Versions.next("Location", ID, OptionalLong.empty(), 3L))
                .isInstanceOfSatisfying(ApiProblemException.class,
                        problem -> assertThat(problem.status()).isEqualTo(HttpStatus.NOT_FOUND));
    }
}
