package com.clinicnetwork.servicedefaults.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class ApiProblemExceptionTest {

    @Test
    void extensionsTravelBesideTheStandardMembers() {
        var problem = new ApiProblemException(HttpStatus.CONFLICT, "illegal-transition", "Not possible", "Already cancelled")
                .with("currentStatus", "CANCELLED").toProblemDetail();

        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(problem.getProperties()).containsEntry("currentStatus", "CANCELLED");
    }

    @Test
    void anExtensionCannotOverwriteAStandardMember() {
        var problem = new ApiProblemException(HttpStatus.CONFLICT, "illegal-transition", "Not possible", "Already cancelled");

        for (String reserved : new String[] {"type", "title", "status", "detail", "instance"}) {
            assertThatIllegalArgumentException().isThrownBy(() -> problem.with(reserved, "x"));
        }
    }
}
