package com.clinicnetwork.web.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StaffMemberResolverTest {

    static final UUID MANCHESTER = UUID.fromString("10000000-0000-4000-8000-000000000001");
    static final UUID MAYA = UUID.fromString("20000000-0000-4000-8000-000000000001");

    @Test
    void theTherapistAndLocationsComeFromTheAccessTokensClaims() {
        String token = new PlainJWT(new JWTClaimsSet.Builder().claim("therapist_id", MAYA.toString())
                .claim("location_ids", List.of(MANCHESTER.toString(), MANCHESTER.toString())).build()).serialize();

        StaffMember staff = StaffMemberResolver.fromAccessToken(token);

        assertThat(staff.therapistId()).contains(MAYA);
        assertThat(staff.locationIds()).containsExactly(MANCHESTER);
    }

    @Test
    void claimsThatAreNotIdsAndTokensThatAreNotJwtsGiveNoTherapistAndNoLocations() {
        String odd = new PlainJWT(new JWTClaimsSet.Builder().claim("therapist_id", "maya")
                .claim("location_ids", List.of("manchester", 7)).build()).serialize();

        assertThat(StaffMemberResolver.fromAccessToken(odd)).isEqualTo(StaffMember.none());
        assertThat(StaffMemberResolver.fromAccessToken("opaque-token")).isEqualTo(StaffMember.none());
    }
}
